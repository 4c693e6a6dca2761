package org.chronicle.extraction.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the known entities named in a sentence, in Italian, English, Russian, Korean or any other language.
 *
 * <p>Every alias of every entity (and its canonical name) is run through each language's analysis chain
 * ({@link LanguageChain}) and stored as a sequence of analysed words in a per-language trie; a text is run through
 * its language's chain and every run of words that spells an alias is a candidate. Candidates are chosen longest
 * first and never overlap. See extraction/README.md, "Entity mentions".
 *
 * <p>Immutable and thread-safe: build one with {@link #of} whenever the entities change and share it.
 */
public final class AliasIndex {

    private static final List<String> CHAINS = List.of("it", "en", "ru", "ko", LanguageChain.DEFAULT);
    /** Per language, computed once: they depend on the language only, not on the entities. */
    private static final Map<String, Set<String>> NOT_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Why a candidate alias is in the trie; lower wins when two entities spell the same words. */
    private static final int RANK_TEXT_LANGUAGE = 0;
    private static final int RANK_NAME = 1;
    private static final int RANK_OTHER_LANGUAGE = 2;
    private static final int RANK_DEMONYM = 3;

    private final Map<String, LanguageIndex> indexes;
    private final int entityCount;

    private AliasIndex(Map<String, LanguageIndex> indexes, int entityCount) {
        this.indexes = indexes;
        this.entityCount = entityCount;
    }

    /** Indexes every alias of every entity in every language, and each entity's canonical name. */
    public static AliasIndex of(Collection<EntityAliases> entities) {
        List<EntityAliases> sorted = new ArrayList<>();
        for (EntityAliases e : entities) {
            if (e != null && e.entityId() != null) {
                sorted.add(e);
            }
        }
        sorted.sort(Comparator.comparing(EntityAliases::entityId));
        Set<String> koreanWords = new TreeSet<>();
        for (EntityAliases e : sorted) {
            boolean person = "PERSON".equalsIgnoreCase(e.type());
            for (String alias : allNames(e)) {
                String normalized = NormalizedText.of(alias.strip()).text;
                koreanWords.add(normalized);
                if (person) {
                    // the given and family names of "세르게이 쇼이구" are names on their own too; the words of other
                    // multi-word aliases ("...관계에 관한 조약") are ordinary words and stay out of the dictionary
                    koreanWords.addAll(Arrays.asList(normalized.split("\\s+")));
                }
            }
        }
        Map<String, LanguageIndex> indexes = new HashMap<>();
        Map<String, List<Named>> byFoldedName = foldedNames(sorted);
        for (String language : CHAINS) {
            LanguageChain chain = language.equals("ko") ? LanguageChain.korean(koreanWords)
                    : LanguageChain.shared(language);
            indexes.put(language, LanguageIndex.build(chain, sorted, byFoldedName));
        }
        return new AliasIndex(Map.copyOf(indexes), sorted.size());
    }

    /**
     * Every mention of a known entity in {@code text}, in text order, never overlapping; offsets are into
     * {@code text} as given.
     *
     * @param language ISO 639-1 code (it, en, ru, ko; anything else, or null, gets a plain Unicode analysis)
     */
    public List<Mention> find(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        LanguageIndex index = index(language);
        Tokens tokens = index.chain.analyse(text);
        List<Match> matches = index.match(tokens);
        List<Mention> mentions = new ArrayList<>(matches.size());
        for (Match m : matches) {
            int start = tokens.normalized.originalStart(tokens.start[m.first]);
            int end = tokens.normalized.originalEnd(index.surfaceEnd(tokens, m.last));
            mentions.add(new Mention(m.candidate.entityId, text.substring(start, end), start, end,
                    m.candidate.alias));
        }
        return List.copyOf(mentions);
    }

    /**
     * Proper names in {@code text} that match no entity, in text order: capitalised word sequences (it, en, ru and
     * other cased languages), Nori proper nouns (ko). Conservative: see extraction/README.md.
     */
    public List<UnlinkedMention> unlinked(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        LanguageIndex index = index(language);
        Tokens tokens = index.chain.analyse(text);
        boolean[] covered = new boolean[tokens.size];
        for (Match m : index.match(tokens)) {
            Arrays.fill(covered, m.first, m.last + 1, true);
        }
        List<int[]> spans = index.chain.korean ? UnlinkedNames.korean(tokens, covered)
                : UnlinkedNames.cased(tokens, covered, index.chain, index.notNames,
                        !index.chain.language.equals(LanguageChain.DEFAULT));
        List<UnlinkedMention> result = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int start = tokens.normalized.originalStart(span[0]);
            int end = tokens.normalized.originalEnd(span[1]);
            result.add(new UnlinkedMention(text.substring(start, end), start, end));
        }
        return List.copyOf(result);
    }

    /** How many entities the index was built from. */
    public int entityCount() {
        return entityCount;
    }

    private LanguageIndex index(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (cut >= 0) {
            code = code.substring(0, cut);
        }
        LanguageIndex index = indexes.get(code);
        return index != null ? index : indexes.get(LanguageChain.DEFAULT);
    }

    private static List<String> allNames(EntityAliases e) {
        List<String> names = new ArrayList<>();
        if (e.name() != null && !e.name().isBlank()) {
            names.add(e.name());
        }
        if (e.aliases() != null) {
            for (List<String> list : e.aliases().values()) {
                if (list != null) {
                    for (String alias : list) {
                        if (alias != null && !alias.isBlank()) {
                            names.add(alias);
                        }
                    }
                }
            }
        }
        return names;
    }

    /** An alias as written in the data, for the demonym table to find a country by. */
    private record Named(EntityAliases entity, String alias, String language) {
    }

    private static Map<String, List<Named>> foldedNames(List<EntityAliases> entities) {
        Map<String, List<Named>> map = new HashMap<>();
        for (EntityAliases e : entities) {
            if (e.name() != null && !e.name().isBlank()) {
                map.computeIfAbsent(fold(e.name()), k -> new ArrayList<>()).add(new Named(e, e.name(), null));
            }
            if (e.aliases() != null) {
                for (Map.Entry<String, List<String>> entry : new java.util.TreeMap<>(e.aliases()).entrySet()) {
                    if (entry.getValue() == null) {
                        continue;
                    }
                    for (String alias : entry.getValue()) {
                        if (alias != null && !alias.isBlank()) {
                            map.computeIfAbsent(fold(alias), k -> new ArrayList<>())
                                    .add(new Named(e, alias, entry.getKey()));
                        }
                    }
                }
            }
        }
        return map;
    }

    static String fold(String s) {
        String t = NormalizedText.of(s).text.toLowerCase(Locale.ROOT).replace('-', ' ');
        return t.strip().replaceAll("\\s+", " ");
    }

    /** A candidate entity at the end of an alias's path in the trie. */
    private record Candidate(String entityId, String alias, int rank, String exactText, boolean capitalGuard) {
    }

    /** Words [first, last] of a text spell an alias of {@code candidate}. */
    private record Match(int first, int last, Candidate candidate) {
        int words() {
            return last - first + 1;
        }
    }

    /** An edge of the trie: one alias word, with every analysed form of it (more than one for Russian). */
    private static final class Edge {
        final Node child = new Node();
    }

    private static final class Node {
        /** Each form of each outgoing word leads to the edges that carry it. */
        final Map<String, Edge[]> byKey = new HashMap<>(4);
        /** Build only: the edge for a word's exact set of forms. */
        Map<String, Edge> bySignature;
        Candidate[] candidates;

        Node child(String[] keys) {
            if (bySignature == null) {
                bySignature = new HashMap<>(4);
            }
            String signature = String.join("\u0000", keys);
            Edge edge = bySignature.get(signature);
            if (edge == null) {
                edge = new Edge();
                bySignature.put(signature, edge);
                for (String key : keys) {
                    Edge[] edges = byKey.get(key);
                    if (edges == null) {
                        byKey.put(key, new Edge[] {edge});
                    } else {
                        Edge[] more = Arrays.copyOf(edges, edges.length + 1);
                        more[edges.length] = edge;
                        byKey.put(key, more);
                    }
                }
            }
            return edge.child;
        }

        void add(Candidate c) {
            if (candidates == null) {
                candidates = new Candidate[] {c};
                return;
            }
            for (int i = 0; i < candidates.length; i++) {
                Candidate old = candidates[i];
                if (old.entityId.equals(c.entityId) && java.util.Objects.equals(old.exactText, c.exactText)
                        && old.capitalGuard == c.capitalGuard) {
                    if (c.rank < old.rank) {
                        candidates[i] = c;
                    }
                    return;
                }
            }
            candidates = Arrays.copyOf(candidates, candidates.length + 1);
            candidates[candidates.length - 1] = c;
        }

        void freeze() {
            bySignature = null;
            if (candidates != null && candidates.length > 1) {
                Arrays.sort(candidates, Comparator.comparingInt(Candidate::rank)
                        .thenComparing(c -> c.exactText == null ? 1 : 0)
                        .thenComparing(c -> c.capitalGuard ? 0 : 1)
                        .thenComparing(Candidate::entityId)
                        .thenComparing(Candidate::alias));
            }
            for (Edge[] edges : byKey.values()) {
                for (Edge e : edges) {
                    if (e.child.bySignature != null || e.child.candidates != null) {
                        e.child.freeze();
                    }
                }
            }
        }
    }

    /** The trie of every alias as analysed by one language's chain, and that language's words that are not names. */
    private static final class LanguageIndex {
        final LanguageChain chain;
        final Node root = new Node();
        Set<String> notNames;

        private LanguageIndex(LanguageChain chain) {
            this.chain = chain;
        }

        static LanguageIndex build(LanguageChain chain, List<EntityAliases> entities,
                                   Map<String, List<Named>> byFoldedName) {
            LanguageIndex index = new LanguageIndex(chain);
            for (EntityAliases e : entities) {
                // each distinct alias once, with its best rank ("Putin" may be listed under en, it and as name)
                Map<String, Integer> ranks = new java.util.LinkedHashMap<>();
                if (e.name() != null && !e.name().isBlank()) {
                    ranks.put(e.name().strip(), RANK_NAME);
                }
                if (e.aliases() != null) {
                    for (Map.Entry<String, List<String>> entry : new java.util.TreeMap<>(e.aliases()).entrySet()) {
                        if (entry.getValue() == null) {
                            continue;
                        }
                        String language = entry.getKey() == null ? "" : entry.getKey().toLowerCase(Locale.ROOT);
                        int rank = language.equals(chain.language) ? RANK_TEXT_LANGUAGE : RANK_OTHER_LANGUAGE;
                        for (String alias : entry.getValue()) {
                            if (alias != null && !alias.isBlank()) {
                                ranks.merge(alias.strip(), rank, Math::min);
                            }
                        }
                    }
                }
                ranks.forEach((alias, rank) -> index.add(e.entityId(), alias, alias, rank));
            }
            for (Demonyms.Country country : Demonyms.COUNTRIES) {
                List<String> forms = country.forms().get(chain.language);
                if (forms == null) {
                    continue;
                }
                Named target = resolve(country, chain.language, byFoldedName);
                if (target != null) {
                    for (String form : forms) {
                        index.add(target.entity.entityId(), form, target.alias, RANK_DEMONYM);
                    }
                }
            }
            index.notNames = NOT_NAMES.computeIfAbsent(chain.language, language -> notNames(chain));
            index.root.freeze();
            return index;
        }

        /** The entity a demonym table entry links to: a COUNTRY first, then the earliest name, then the id. */
        private static Named resolve(Demonyms.Country country, String language,
                                     Map<String, List<Named>> byFoldedName) {
            Named best = null;
            int bestScore = Integer.MAX_VALUE;
            List<String> names = country.names();
            for (int i = 0; i < names.size(); i++) {
                for (Named n : byFoldedName.getOrDefault(fold(names.get(i)), List.of())) {
                    boolean isCountry = "COUNTRY".equalsIgnoreCase(n.entity.type());
                    boolean sameLanguage = language.equals(n.language);
                    int score = (isCountry ? 0 : 10_000) + i * 10 + (sameLanguage ? 0 : 1);
                    if (score < bestScore || (score == bestScore
                            && n.entity.entityId().compareTo(best.entity.entityId()) < 0)) {
                        best = n;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                return null;
            }
            // Report the entity's alias in the text's language when the table knows it ("Corea del Nord").
            for (String name : names) {
                for (Named n : byFoldedName.getOrDefault(fold(name), List.of())) {
                    if (n.entity == best.entity && language.equals(n.language)) {
                        return n;
                    }
                }
            }
            return best;
        }

        /** Demonyms and listed non-names of the chain's language, lower-cased and in their analysed form. */
        private static Set<String> notNames(LanguageChain chain) {
            Set<String> words = new HashSet<>();
            List<String> all = new ArrayList<>(WordLists.NOT_NAMES.getOrDefault(chain.language, List.of()));
            for (Demonyms.Country country : Demonyms.COUNTRIES) {
                all.addAll(country.forms().getOrDefault(chain.language, List.of()));
            }
            for (String word : all) {
                words.add(word.toLowerCase(Locale.ROOT));
                words.addAll(Arrays.asList(chain.primaryForms(word)));
            }
            return Set.copyOf(words);
        }

        private void add(String entityId, String aliasText, String reported, int rank) {
            NormalizedText alias = NormalizedText.of(aliasText.strip());
            String text = alias.text;
            int letters = 0;
            boolean cased = false;
            boolean allCaps = true;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    letters++;
                }
                if (Character.isUpperCase(cp) || Character.isLowerCase(cp)) {
                    cased = true;
                    allCaps &= Character.isUpperCase(cp);
                }
                i += Character.charCount(cp);
            }
            if (letters <= 1) {
                return; // a one-letter alias never matches
            }
            Tokens tokens = chain.analyse(alias);
            if (tokens.size == 0) {
                return;
            }
            boolean allStop = true;
            for (int i = 0; i < tokens.size; i++) {
                allStop &= tokens.stop[i];
            }
            boolean acronym = cased && allCaps;
            if (allStop && !acronym) {
                return; // "di", "The": a stopword alias never matches alone
            }
            boolean exactCase = cased && (letters <= 2 || allStop);
            boolean capitalGuard = tokens.size == 1 && Character.isUpperCase(text.codePointAt(tokens.start[0]));
            Node node = root;
            for (int i = 0; i < tokens.size; i++) {
                node = node.child(tokens.keys[i]);
            }
            node.add(new Candidate(entityId, reported, rank, exactCase ? text.substring(tokens.start[0]) : null,
                    capitalGuard));
        }

        List<Match> match(Tokens tokens) {
            if (tokens.size == 0) {
                return List.of();
            }
            boolean textHasUpper = hasUpperCase(tokens.text());
            List<Match> found = new ArrayList<>();
            for (int i = 0; i < tokens.size; i++) {
                walk(root, tokens, i, i, textHasUpper, found);
            }
            if (found.size() > 1) {
                found.sort(Comparator.comparingInt(Match::words).reversed()
                        .thenComparing(m -> -(tokens.end[m.last] - tokens.start[m.first]))
                        .thenComparingInt(Match::first)
                        .thenComparingInt(m -> m.candidate.rank)
                        .thenComparing(m -> m.candidate.entityId));
            }
            boolean[] taken = new boolean[tokens.size];
            List<Match> chosen = new ArrayList<>();
            next:
            for (Match m : found) {
                for (int i = m.first; i <= m.last; i++) {
                    if (taken[i]) {
                        continue next;
                    }
                }
                Arrays.fill(taken, m.first, m.last + 1, true);
                chosen.add(m);
            }
            chosen.sort(Comparator.comparingInt(Match::first));
            return chosen;
        }

        private void walk(Node node, Tokens tokens, int first, int j, boolean textHasUpper, List<Match> found) {
            if (j >= tokens.size || (j > first && !gapAllowed(tokens, j - 1, j))) {
                return;
            }
            String[] keys = tokens.keys[j];
            List<Edge> seen = keys.length > 1 ? new ArrayList<>(4) : null;
            for (String key : keys) {
                Edge[] edges = node.byKey.get(key);
                if (edges == null) {
                    continue;
                }
                for (Edge edge : edges) {
                    if (seen != null) {
                        if (seen.contains(edge)) {
                            continue;
                        }
                        seen.add(edge);
                    }
                    Node child = edge.child;
                    if (child.candidates != null) {
                        Candidate c = choose(child.candidates, tokens, first, textHasUpper);
                        if (c != null) {
                            found.add(new Match(first, j, c));
                        }
                    }
                    if (!child.byKey.isEmpty()) {
                        walk(child, tokens, first, j + 1, textHasUpper, found);
                    }
                }
            }
        }

        private static Candidate choose(Candidate[] candidates, Tokens tokens, int first, boolean textHasUpper) {
            String text = tokens.text();
            int at = tokens.start[first];
            for (Candidate c : candidates) {
                if (c.exactText != null && !text.startsWith(c.exactText, at)) {
                    continue;
                }
                if (c.capitalGuard && textHasUpper && Character.isLowerCase(text.codePointAt(at))) {
                    continue;
                }
                return c;
            }
            return null;
        }

        /**
         * Words of one alias must follow each other: between them only spaces (not a blank line), hyphens,
         * apostrophes, letters that the chain dropped (Korean particles), or the dot of an initial ("V. Putin").
         */
        private static boolean gapAllowed(Tokens tokens, int a, int b) {
            String text = tokens.text();
            int newlines = 0;
            for (int k = tokens.end[a]; k < tokens.start[b]; k++) {
                char c = text.charAt(k);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (c == '\n' && ++newlines > 1) {
                        return false;
                    }
                    continue;
                }
                if (c == '-' || c == '\'' || Character.isLetterOrDigit(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue;
                }
                if (c == '.' && tokens.end[a] - tokens.start[a] <= 2) {
                    continue;
                }
                return false;
            }
            return true;
        }

        /** Korean: a mention's surface runs on over the particles and endings glued to the last word (평양에서). */
        int surfaceEnd(Tokens tokens, int last) {
            int end = tokens.end[last];
            if (!chain.korean) {
                return end;
            }
            String text = tokens.text();
            int limit = last + 1 < tokens.size ? Math.min(tokens.start[last + 1], text.length()) : text.length();
            while (end < limit && LanguageChain.isHangul(text.charAt(end))) {
                end++;
            }
            return end;
        }
    }

    static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "AliasIndex[" + entityCount + " entities]";
    }
}
