package org.chronicle.extraction.date;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of one language that date expressions are made of: month and weekday names in every inflected form,
 * qualifiers, relative words, number words and units. Rules build their alternations from it and the resolver
 * looks matched words up in it, so a word is written down once.
 */
final class Lexicon {

    final String language;
    /** Korean writes "지난해" and "지난 해", "다음 달" and "다음달": a space in a phrase is optional. */
    private final boolean spacesOptional;

    private final Phrases<Integer> months = new Phrases<>();
    private final Phrases<DayOfWeek> weekdays = new Phrases<>();
    private final Phrases<Qualifier> qualifiers = new Phrases<>();
    private final Map<Qualifier, List<String>> qualifierPhrases = new EnumMap<>(Qualifier.class);
    private final Phrases<RelativeTerm> relatives = new Phrases<>();
    private final Phrases<RelativeTerm> anaphora = new Phrases<>();
    private final Phrases<Integer> numbers = new Phrases<>();
    private final Phrases<ChronoUnit> units = new Phrases<>();
    private final List<String> agoWords = new ArrayList<>();
    /** per {@link DateRule} gate, the words one of which a sentence must contain for such rules to match */
    private final String[][] gateWords = new String[DateRule.GATES][];

    Lexicon(String language, boolean spacesOptional) {
        this.language = language;
        this.spacesOptional = spacesOptional;
    }

    Lexicon month(int number, String... names) {
        months.put(number, names);
        return this;
    }

    Lexicon weekday(DayOfWeek day, String... names) {
        weekdays.put(day, names);
        return this;
    }

    Lexicon qualifier(Qualifier qualifier, String... phrases) {
        qualifiers.put(qualifier, phrases);
        qualifierPhrases.computeIfAbsent(qualifier, q -> new ArrayList<>()).addAll(List.of(phrases));
        return this;
    }

    Lexicon relative(String id, ChronoUnit unit, int offset, String... phrases) {
        relatives.put(new RelativeTerm(id, unit, offset), phrases);
        return this;
    }

    /** A phrase resolved against the date resolved just before it, not against publication. */
    Lexicon anaphoric(String id, int offsetDays, String... phrases) {
        anaphora.put(new RelativeTerm(id, ChronoUnit.DAYS, offsetDays), phrases);
        return this;
    }

    Lexicon number(int value, String... words) {
        numbers.put(value, words);
        return this;
    }

    Lexicon unit(ChronoUnit unit, String... words) {
        units.put(unit, words);
        return this;
    }

    /** The word that makes a count a past date: "fa", "ago", "назад", "전". */
    Lexicon ago(String... words) {
        agoWords.addAll(List.of(words));
        return this;
    }

    // --- gates: cheap substring checks that spare a sentence the regexes that cannot match it ---

    /**
     * Where the words of a gate occur in the lower-cased sentence (a month name for {@link DateRule#GATE_MONTH}),
     * ascending; empty if nowhere. A rule with that gate can only match around one of them.
     */
    int[] positions(int gate, String lower) {
        int[] found = null;
        int count = 0;
        for (String word : gateWords[gate]) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (found == null) {
                    found = new int[4];
                } else if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        if (found == null) {
            return NOWHERE;
        }
        Arrays.sort(found, 0, count);
        return Arrays.copyOf(found, count);
    }

    static final int[] NOWHERE = new int[0];

    /** Computes the gate words once, while the grammar is built (so class initialization publishes them). */
    void prepareGates() {
        for (int gate = 1; gate < DateRule.GATES; gate++) {
            gateWords[gate] = gateWords(gate);
        }
    }

    private String[] gateWords(int gate) {
        List<String> phrases = switch (gate) {
            case DateRule.GATE_MONTH -> months.phrases;
            case DateRule.GATE_WEEKDAY -> weekdays.phrases;
            case DateRule.GATE_RELATIVE -> relatives.phrases;
            case DateRule.GATE_ANAPHORA -> anaphora.phrases;
            case DateRule.GATE_AGO -> agoWords;
            default -> throw new IllegalArgumentException("no words for gate " + gate);
        };
        // a phrase can only match where its longest word is: "l'anno scorso" needs "scorso"
        List<String> words = new ArrayList<>();
        for (String phrase : phrases) {
            String longest = "";
            for (String piece : phrase.split("[\\s'’ʼ`´]+")) {
                if (piece.length() > longest.length()) {
                    longest = piece;
                }
            }
            words.add(longest);
        }
        // a word containing another gate word adds nothing: finding the shorter one finds it too
        return words.stream().distinct()
                .filter(w -> words.stream().noneMatch(other -> !other.equals(w) && w.contains(other)))
                .toArray(String[]::new);
    }

    // --- look-ups of matched text ---

    Integer month(String text) {
        return months.get(text);
    }

    DayOfWeek weekday(String text) {
        return weekdays.get(text);
    }

    Qualifier qualifier(String text) {
        return text == null ? null : qualifiers.get(text);
    }

    RelativeTerm relative(String text) {
        return relatives.get(text);
    }

    RelativeTerm anaphoric(String text) {
        return anaphora.get(text);
    }

    Integer number(String text) {
        return numbers.get(text);
    }

    ChronoUnit unit(String text) {
        return units.get(text);
    }

    // --- regex alternations, longest phrase first so "settembre" is tried before "set" ---

    String months() {
        return alternation(months.phrases);
    }

    String weekdays() {
        return alternation(weekdays.phrases);
    }

    String relatives() {
        return alternation(relatives.phrases);
    }

    String anaphora() {
        return alternation(anaphora.phrases);
    }

    String numbers() {
        return alternation(numbers.phrases);
    }

    String units() {
        return alternation(units.phrases);
    }

    String agoWords() {
        return alternation(agoWords);
    }

    String qualifiers(Collection<Qualifier> kinds) {
        List<String> phrases = new ArrayList<>();
        for (Qualifier kind : kinds) {
            phrases.addAll(qualifierPhrases.getOrDefault(kind, List.of()));
        }
        if (phrases.isEmpty()) {
            throw new IllegalStateException(language + " has no qualifier phrases for " + kinds);
        }
        return alternation(phrases);
    }

    /** Phrases as written (for regexes) and by key (for look-ups). */
    private static final class Phrases<V> {
        final List<String> phrases = new ArrayList<>();
        final Map<String, V> byKey = new HashMap<>();

        void put(V value, String... written) {
            for (String phrase : written) {
                phrases.add(phrase);
                V before = byKey.put(key(phrase), value);
                if (before != null && !before.equals(value)) {
                    throw new IllegalStateException("'" + phrase + "' means both " + before + " and " + value);
                }
            }
        }

        V get(String text) {
            return text == null ? null : byKey.get(key(text));
        }
    }

    private String alternation(List<String> phrases) {
        return phrases.stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(this::regex)
                .collect(Collectors.joining("|"));
    }

    /** A phrase as a regex: spaces match any run of spaces (or none in Korean), apostrophes any apostrophe. */
    private String regex(String phrase) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                out.append(spacesOptional ? "[\\s\\u00a0]*" : "[\\s\\u00a0]+");
            } else if (isApostrophe(c)) {
                out.append("['’ʼ`´]");
            } else if ("\\.[]{}()*+?^$|-".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '´';
    }

    /** Look-up key: lower case, one apostrophe, no spaces (so "l’anno  scorso" finds "l'anno scorso"). */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(isApostrophe(c) ? '\'' : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
