package org.chronicle.extraction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chronicle.extraction.date.DateResolver;
import org.chronicle.extraction.date.ResolvedDate;
import org.chronicle.extraction.mention.EntityAliases;
import org.chronicle.extraction.mention.Mention;
import org.chronicle.extraction.text.LanguageIdentifier;
import org.chronicle.extraction.text.Sentence;
import org.chronicle.extraction.text.Sentences;

/**
 * Turns one article into the dated statements of the Russia–DPRK relationship it contains.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Language: as submitted, else identified from title and body (Lingua); {@code und} if neither.</li>
 *   <li>Anchor: the publication day in the publisher's own offset; relative dates resolve against it.</li>
 *   <li>Sentences: ICU sentence boundaries; each sentence's date expressions are resolved, and a sentence without
 *       one yields nothing. Of several, the most precise (then the first) dates the statement.</li>
 *   <li>Relevance: the article must name at least one Russia-side and one DPRK-side entity (title and body); then a
 *       dated sentence is a statement when it names a known entity or has a category cue.</li>
 *   <li>Entities: those the sentence names; a sentence naming none continues the previous one and takes its
 *       entities; a side still missing is filled with the article's principal entity of that side (the most often
 *       named; countries win ties), so every entry shows both sides, as the relationship it records has.</li>
 * </ol>
 * The class is immutable and thread-safe; the language identifier is the expensive part, so share one instance.
 */
public final class StatementExtractor {

    private static final int TITLE_LENGTH = 140;
    private static final List<String> SIDES = List.of("RUSSIA", "DPRK");

    private final DateResolver dates;
    private final LanguageIdentifier languages;
    private final CategoryLexicon categories;

    public StatementExtractor(DateResolver dates, LanguageIdentifier languages, CategoryLexicon categories) {
        this.dates = dates;
        this.languages = languages;
        this.categories = categories;
    }

    public StatementExtractor() {
        this(new DateResolver(), new LanguageIdentifier(), new CategoryLexicon());
    }

    public Extraction extract(ArticleText article, KnownEntities known) {
        boolean detected = article.language() == null;
        String language = detected
                ? languages.identify(article.title() + "\n" + article.body()).orElse("und")
                : article.language();
        LocalDate anchor = anchorOf(article.publishedAt());
        List<Sentence> sentences = Sentences.split(article.body(), language);

        List<List<Mention>> mentionsBySentence = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        known.index().find(article.title(), language).forEach(m -> counts.merge(m.entityId(), 1, Integer::sum));
        for (Sentence sentence : sentences) {
            List<Mention> mentions = known.index().find(sentence.text(), language);
            mentionsBySentence.add(mentions);
            mentions.forEach(m -> counts.merge(m.entityId(), 1, Integer::sum));
        }
        Map<String, String> principal = new HashMap<>();
        for (String side : SIDES) {
            principalOf(side, counts, known).ifPresent(id -> principal.put(side, id));
        }
        if (principal.size() < SIDES.size()) {
            return new Extraction(article.articleId(), language, detected, anchor, sentences.size(), List.of());
        }

        List<Statement> statements = new ArrayList<>();
        ResolvedDate previousDate = null;
        List<String> previousEntities = List.of();
        for (Sentence sentence : sentences) {
            List<Mention> mentions = mentionsBySentence.get(sentence.index());
            List<String> named = mentions.stream().map(Mention::entityId).distinct().toList();
            List<ResolvedDate> found = dates.resolve(sentence.text(), language, anchor, previousDate).stream()
                    .filter(date -> !NotAnEvent.matches(sentence.text(), date))
                    .toList();
            List<String> entities = named.isEmpty() ? previousEntities : named;
            if (!found.isEmpty()) {
                previousDate = found.get(found.size() - 1);
                ResolvedDate date = mostPrecise(found);
                Category category = categories.categorise(sentence.text(), language);
                if (relevant(named, known, category)) {
                    statements.add(statement(sentence, date, entities, named, mentions, principal, known,
                                             category, language));
                }
            }
            previousEntities = entities;
        }
        return new Extraction(article.articleId(), language, detected, anchor, sentences.size(), statements);
    }

    /**
     * In an article about both sides, a dated sentence counts when it names a DPRK-side entity or one of their
     * agreements, a Russia-side person, or a Russia-side entity without third parties, or names none but has a
     * category cue and so
     * continues the previous one ("Firmato nel giugno del 2024, l’accordo…"). "Ukrainian units entered the Kursk
     * region in August" (Russia and a third party only) is the war's background, not an event of the relationship.
     */
    private static boolean relevant(List<String> named, KnownEntities known, Category category) {
        if (named.isEmpty()) {
            return category != Category.OTHER;
        }
        boolean dprk = named.stream().anyMatch(id -> "DPRK".equals(known.side(id))
                || "AGREEMENT".equals(known.entity(id).map(EntityAliases::type).orElse("")));
        boolean russia = named.stream().anyMatch(id -> "RUSSIA".equals(known.side(id)));
        boolean russianActor = named.stream().anyMatch(id -> "RUSSIA".equals(known.side(id))
                && "PERSON".equals(known.entity(id).map(EntityAliases::type).orElse("")));
        boolean thirdParty = named.stream().anyMatch(id -> "OTHER".equals(known.side(id)));
        return dprk || russianActor || russia && !thirdParty;
    }

    private Statement statement(Sentence sentence, ResolvedDate date, List<String> entities, List<String> named,
                                List<Mention> mentions, Map<String, String> principal, KnownEntities known,
                                Category category, String language) {
        Set<String> involved = new LinkedHashSet<>(entities);
        List<String> fromContext = new ArrayList<>(entities.stream().filter(id -> !named.contains(id)).toList());
        for (String side : SIDES) {
            boolean present = involved.stream().anyMatch(id -> side.equals(known.side(id)));
            if (!present && involved.add(principal.get(side))) {
                fromContext.add(principal.get(side));
            }
        }
        return new Statement(sentence.index(), sentence.text(), date, List.copyOf(involved), mentions,
                             List.copyOf(fromContext), known.index().unlinked(sentence.text(), language), category,
                             title(sentence.text()));
    }

    private static Optional<String> principalOf(String side, Map<String, Integer> counts, KnownEntities known) {
        return counts.entrySet().stream()
                .filter(e -> side.equals(known.side(e.getKey())))
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> "COUNTRY".equals(known.entity(e.getKey()).map(EntityAliases::type).orElse("")))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /**
     * The date that dates the statement: the most precise; among equals, one that names its day over a weekday or
     * "yesterday" (in "said last Friday that ships carried troops from 8 to 13 October" the event is the range, the
     * weekday only dates the report); then the first.
     */
    private static ResolvedDate mostPrecise(List<ResolvedDate> found) {
        ResolvedDate best = found.get(0);
        for (ResolvedDate date : found) {
            int byPrecision = Integer.compare(date.precision().ordinal(), best.precision().ordinal());
            if (byPrecision < 0 || byPrecision == 0 && reportingDay(best) && !reportingDay(date)) {
                best = date;
            }
        }
        return best;
    }

    private static boolean reportingDay(ResolvedDate date) {
        String rule = date.rule();
        return rule.contains(".weekday") || rule.endsWith("yesterday") || rule.endsWith(".today");
    }

    /** The entry's short description: the sentence, cut at a word boundary. */
    static String title(String sentence) {
        if (sentence.length() <= TITLE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_LENGTH - 1);
        return sentence.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH - 1).stripTrailing() + "…";
    }

    static LocalDate anchorOf(String publishedAt) {
        return publishedAt.contains("T")
                ? OffsetDateTime.parse(publishedAt).toLocalDate()
                : LocalDate.parse(publishedAt);
    }
}
