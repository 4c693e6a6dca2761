package org.chronicle.bench.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chronicle.extraction.ArticleText;
import org.chronicle.extraction.CategoryLexicon;
import org.chronicle.extraction.KnownEntities;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.extraction.date.DateResolver;
import org.chronicle.extraction.evaluation.Evaluation;
import org.chronicle.extraction.text.Sentence;
import org.chronicle.extraction.text.Sentences;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentences per second per language through the per-sentence work of the extraction (dates, entity mentions,
 * unlinked names, category), over the seed corpus's sentences of that language; and whole articles per second
 * through {@link StatementExtractor}. Run by {@code bench/run} (measurement 6).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    @Param({"it", "en", "ru", "ko"})
    public String language;

    private final DateResolver dates = new DateResolver();
    private final CategoryLexicon categories = new CategoryLexicon();
    private StatementExtractor extractor;
    private KnownEntities known;
    private List<String> sentences;
    private List<ArticleText> articles;
    private int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path seeds = Path.of(System.getProperty("chronicle.seeds", "seeds"));
        known = KnownEntities.of(Evaluation.entities(seeds.resolve("entities")));
        extractor = new StatementExtractor();
        sentences = new ArrayList<>();
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                Map<String, String> article = Evaluation.frontMatter(file);
                if (!language.equals(article.get("language"))) {
                    continue;
                }
                articles.add(new ArticleText(file.getFileName().toString(), article.get("title"), article.get("body"),
                                             language, article.get("publishedAt")));
                Sentences.split(article.get("body"), language).stream().map(Sentence::text).forEach(sentences::add);
            }
        }
    }

    @Benchmark
    public void sentence(Blackhole sink) {
        String sentence = sentences.get(next++ % sentences.size());
        sink.consume(dates.resolve(sentence, language, LocalDate.of(2025, 6, 1)));
        sink.consume(known.index().find(sentence, language));
        sink.consume(known.index().unlinked(sentence, language));
        sink.consume(categories.categorise(sentence, language));
    }

    @Benchmark
    public void article(Blackhole sink) {
        sink.consume(extractor.extract(articles.get(next++ % articles.size()), known));
    }
}
