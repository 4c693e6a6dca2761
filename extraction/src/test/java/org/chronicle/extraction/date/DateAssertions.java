package org.chronicle.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Shared checks for the per-language tables: one expected date per sentence, its evidence consistent. */
final class DateAssertions {

    static final DateResolver RESOLVER = new DateResolver();

    private DateAssertions() {
    }

    /** The sentence yields exactly one date, with this text, range, precision and rule. */
    static ResolvedDate assertOnly(String language, String published, String sentence, String text, String from,
                                   String to, DatePrecision precision, String rule) {
        LocalDate publishedOn = LocalDate.parse(published);
        List<ResolvedDate> dates = RESOLVER.resolve(sentence, language, publishedOn);
        assertThat(dates).as("dates in «%s»", sentence).hasSize(1);
        ResolvedDate date = dates.get(0);
        assertThat(date.text()).as("text").isEqualTo(text);
        assertThat(sentence.substring(date.start(), date.end())).as("offsets").isEqualTo(text);
        assertThat(date.from()).as("from of «%s»", text).isEqualTo(LocalDate.parse(from));
        assertThat(date.to()).as("to of «%s»", text).isEqualTo(LocalDate.parse(to));
        assertThat(date.precision()).as("precision of «%s»", text).isEqualTo(precision);
        assertThat(date.rule()).as("rule of «%s»", text).isEqualTo(rule);
        boolean absolute = date.anchor() == null;
        if (!absolute) {
            assertThat(date.anchor()).as("anchor").isEqualTo(publishedOn);
        }
        // the rule says whether the form is relative; a past statement never starts after publication
        if (!absolute && (date.tense() == Tense.PAST || date.tense() == Tense.UNKNOWN)
                && !rule.endsWith("tomorrow") && !rule.contains("next")) {
            assertThat(date.from()).as("past «%s» not after publication", text).isBeforeOrEqualTo(publishedOn);
        }
        return date;
    }

    static void assertNone(String language, String published, String sentence) {
        assertThat(RESOLVER.resolve(sentence, language, LocalDate.parse(published)))
                .as("dates in «%s»", sentence).isEmpty();
    }
}
