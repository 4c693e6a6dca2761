package org.chronicle.extraction.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chronicle.extraction.StatementExtractor;
import org.junit.jupiter.api.Test;

/**
 * The targets on the labelled development set, kept by the build: at least 0.9 precision and recall overall and in
 * each of the four languages. A change to the rules or the seeds that loses them fails here, with the mistakes.
 */
class EvaluationTest {

    @Test
    void theDevelopmentSetMeetsTheTargetsInEveryLanguage() throws Exception {
        Evaluation.Result result = new Evaluation(new StatementExtractor()).run(Path.of("..", "seeds"));
        String report = Evaluation.markdown(result);
        assertThat(result.articles()).as(report).isGreaterThanOrEqualTo(40);
        assertThat(result.byLanguage().keySet()).containsExactlyInAnyOrder("en", "it", "ko", "ru");
        assertThat(result.overall().precision()).as(report).isGreaterThanOrEqualTo(0.9);
        assertThat(result.overall().recall()).as(report).isGreaterThanOrEqualTo(0.9);
        result.byLanguage().forEach((language, score) -> {
            assertThat(score.precision()).as(language + " precision\n" + report).isGreaterThanOrEqualTo(0.9);
            assertThat(score.recall()).as(language + " recall\n" + report).isGreaterThanOrEqualTo(0.9);
        });
    }
}
