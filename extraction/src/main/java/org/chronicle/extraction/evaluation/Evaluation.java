package org.chronicle.extraction.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chronicle.extraction.ArticleText;
import org.chronicle.extraction.Extraction;
import org.chronicle.extraction.KnownEntities;
import org.chronicle.extraction.Statement;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.extraction.mention.EntityAliases;

/**
 * Measures the extraction against the labelled development set in {@code seeds/}: for every article (its revision
 * where one exists; retracted articles are left out), the statements extracted against the entries in
 * {@code seeds/eval/}. An extracted statement matches a gold entry of the same article with the same date and
 * precision (each gold entry matches at most once, the one with the same quote first). Precision and recall per
 * language and overall; entity linking as the share of gold entities found on matched entries (recall) and the
 * share of linked entities that the gold lists (precision).
 *
 * <p>{@code ./mvnw -q -pl extraction exec:java} runs it on {@code ../seeds} and writes {@code EVALUATION.md}.
 */
public final class Evaluation {

    /** Counts for one language (or all). */
    public static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int goldEntities;
        int goldEntitiesFound;
        int linkedEntities;
        int linkedEntitiesInGold;

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double entityRecall() {
            return ratio(goldEntitiesFound, goldEntities);
        }

        public double entityPrecision() {
            return ratio(linkedEntitiesInGold, linkedEntities);
        }

        void add(Score other) {
            truePositives += other.truePositives;
            falsePositives += other.falsePositives;
            falseNegatives += other.falseNegatives;
            goldEntities += other.goldEntities;
            goldEntitiesFound += other.goldEntitiesFound;
            linkedEntities += other.linkedEntities;
            linkedEntitiesInGold += other.linkedEntitiesInGold;
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }
    }

    public record Result(Map<String, Score> byLanguage, Score overall, List<String> mistakes, int articles) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final StatementExtractor extractor;

    public Evaluation(StatementExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "../seeds");
        Path report = Path.of(args.length > 1 ? args[1] : "../EVALUATION.md");
        Result result = new Evaluation(new StatementExtractor()).run(seeds);
        String markdown = markdown(result);
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
        System.out.println("written to " + report.toAbsolutePath().normalize());
    }

    public Result run(Path seeds) throws IOException {
        KnownEntities known = KnownEntities.of(entities(seeds.resolve("entities")));
        Set<String> retracted = new HashSet<>();
        Path retractions = seeds.resolve("retractions.json");
        if (Files.exists(retractions)) {
            JSON.readTree(retractions.toFile()).forEach(r -> retracted.add(r.path("url").asText()));
        }
        Map<String, Score> byLanguage = new TreeMap<>();
        List<String> mistakes = new ArrayList<>();
        int articles = 0;
        for (Path goldFile : files(seeds.resolve("eval"), ".json")) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            String name = gold.path("article").asText();
            Path revision = seeds.resolve("revisions").resolve(name);
            Path articleFile = Files.exists(revision) ? revision : seeds.resolve("articles").resolve(name);
            Map<String, String> article = frontMatter(articleFile);
            if (retracted.contains(article.get("url")) || gold.path("retracted").asBoolean(false)) {
                continue;
            }
            articles++;
            List<GoldEntry> expected = new ArrayList<>();
            for (JsonNode entry : gold.path("entries")) {
                expected.add(JSON.treeToValue(entry, GoldEntry.class));
            }
            Extraction extraction = extractor.extract(new ArticleText(name, article.get("title"), article.get("body"),
                    article.get("language"), article.get("publishedAt")), known);
            String language = article.getOrDefault("language", extraction.language());
            Score score = byLanguage.computeIfAbsent(language == null ? "und" : language, l -> new Score());
            compare(name, expected, extraction.statements(), known, score, mistakes);
        }
        Score overall = new Score();
        byLanguage.values().forEach(overall::add);
        return new Result(byLanguage, overall, mistakes, articles);
    }

    private static void compare(String article, List<GoldEntry> expected, List<Statement> extracted,
                                KnownEntities known, Score score, List<String> mistakes) {
        List<GoldEntry> open = new ArrayList<>(expected);
        for (Statement statement : extracted) {
            String date = format(statement);
            GoldEntry match = open.stream()
                    .filter(g -> g.date().equals(date) && g.precision().equals(statement.date().precision().name()))
                    .min((a, b) -> Boolean.compare(!statement.quote().equals(a.quote()), !statement.quote().equals(b.quote())))
                    .orElse(null);
            if (match == null) {
                score.falsePositives++;
                mistakes.add(article + ": extra " + date + " " + statement.date().precision() + " from \""
                             + statement.date().text() + "\" in: " + statement.quote());
                continue;
            }
            open.remove(match);
            score.truePositives++;
            Set<String> linked = new HashSet<>();
            statement.entityIds().forEach(id -> known.entity(id).ifPresent(e -> linked.add(e.name())));
            score.goldEntities += match.entities().size();
            score.goldEntitiesFound += (int) match.entities().stream().filter(linked::contains).count();
            score.linkedEntities += linked.size();
            score.linkedEntitiesInGold += (int) linked.stream().filter(match.entities()::contains).count();
        }
        for (GoldEntry missed : open) {
            score.falseNegatives++;
            mistakes.add(article + ": missed " + missed.date() + " " + missed.precision() + " (\"" + missed.dateText()
                         + "\") in: " + missed.quote());
        }
    }

    private static String format(Statement statement) {
        String day = statement.date().from().toString();
        return switch (statement.date().precision()) {
            case DAY -> day;
            case MONTH -> day.substring(0, 7);
            case YEAR -> day.substring(0, 4);
        };
    }

    public static List<EntityAliases> entities(Path dir) throws IOException {
        List<EntityAliases> entities = new ArrayList<>();
        for (Path file : files(dir, ".json")) {
            for (JsonNode entity : JSON.readTree(file.toFile())) {
                Map<String, List<String>> aliases = new LinkedHashMap<>();
                entity.path("aliases").fields().forEachRemaining(e -> {
                    List<String> names = new ArrayList<>();
                    e.getValue().forEach(n -> names.add(n.asText()));
                    aliases.put(e.getKey(), names);
                });
                String name = entity.path("name").asText();
                // the evaluation has no entity service: the canonical name stands in for the id
                entities.add(new EntityAliases(name, name, entity.path("type").asText(),
                                               entity.path("side").asText("OTHER"), aliases));
            }
        }
        return entities;
    }

    public static Map<String, String> frontMatter(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        int line = 1;
        for (; line < lines.size() && !lines.get(line).strip().equals("---"); line++) {
            String entry = lines.get(line);
            int colon = entry.indexOf(':');
            fields.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        fields.put("body", String.join("\n", lines.subList(Math.min(line + 1, lines.size()), lines.size())).strip());
        return fields;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    public static String markdown(Result result) {
        StringBuilder out = new StringBuilder("# Extraction evaluation\n\n");
        out.append(String.format("Generated %s by `./mvnw -q -pl extraction exec:java` over %d articles of `seeds/` "
                + "(gold entries in `seeds/eval/`).%n%n", Instant.now(), result.articles()));
        out.append("| language | precision | recall | entities found (recall) | entities right (precision) | TP | FP | FN |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        Map<String, Score> rows = new LinkedHashMap<>(result.byLanguage());
        rows.put("**all**", result.overall());
        rows.forEach((language, s) -> out.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f | %d | %d | %d |%n",
                language, s.precision(), s.recall(), s.entityRecall(), s.entityPrecision(), s.truePositives,
                s.falsePositives, s.falseNegatives)));
        out.append("\n## Mistakes\n\n");
        if (result.mistakes().isEmpty()) {
            out.append("None.\n");
        }
        result.mistakes().forEach(m -> out.append("- ").append(m).append('\n'));
        return out.toString();
    }
}
