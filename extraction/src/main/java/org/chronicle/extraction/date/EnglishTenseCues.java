package org.chronicle.extraction.date;

import java.util.Set;

/**
 * English tense cues. Future: "will/shall/'ll" (not the noun: "the will of"), "is going/expected/set/due/
 * scheduled to", "plans to", "to be held", "scheduled for", "upcoming". Past: "-ed" verbs (minus adjectives like
 * "armed", "united"), irregular past forms ("said", "met", "held", "took", "began"), "was/were/had/did",
 * "has/have + participle". Present: "is/are + -ing" or "+ participle".
 */
final class EnglishTenseCues extends WordCues {

    private static final Set<String> NOT_BEFORE_MODAL_WILL = words("the", "political", "good", "free", "own", "his",
            "her", "their", "its", "a", "of", "ill", "last", "s", "popular", "people", "general");
    private static final Set<String> BE = words("is", "are", "am", "was", "were", "be", "being");
    private static final Set<String> EXPECTATIONS = words("going", "expected", "set", "due", "scheduled", "slated",
            "poised", "planning", "likely", "about", "unlikely", "preparing", "supposed", "planned");
    private static final Set<String> INTENTIONS = words("expected", "plan", "plans", "planned", "planning", "intend",
            "intends", "intended", "aim", "aims", "hope", "hopes", "prepare", "prepares");
    private static final Set<String> SCHEDULES = words("scheduled", "slated", "planned", "set");
    /** words "will" must not swallow: they start the date or the object, not the verb */
    private static final Set<String> FUNCTION_WORDS = words("on", "in", "at", "by", "the", "a", "an", "from", "to",
            "this", "next", "last", "for", "with", "and", "of");
    private static final Set<String> IRREGULAR_PAST = words("said", "told", "met", "sent", "held", "took", "began",
            "made", "went", "came", "gave", "got", "saw", "wrote", "spoke", "led", "left", "brought", "fought", "lost",
            "paid", "became", "broke", "chose", "drove", "fell", "felt", "flew", "forgot", "froze", "grew", "hid",
            "kept", "knew", "meant", "ran", "rose", "sold", "shot", "stood", "struck", "swore", "taught", "thought",
            "threw", "understood", "wore", "withdrew", "bought", "built", "caught", "dealt", "drew", "found", "heard",
            "sought", "spent", "stole", "overtook", "undertook", "oversaw", "foresaw", "arose", "awoke", "bore",
            "bound", "bent", "fled", "forbade", "forgave", "hung", "knelt", "lent", "slept", "slid", "sank", "sang",
            "sprang", "stuck", "swept", "swam", "swung", "tore", "woke", "wept", "had", "was", "were", "did", "didn",
            "wasn", "weren");
    private static final Set<String> IRREGULAR_PARTICIPLES = words("said", "told", "met", "sent", "held", "taken",
            "begun", "made", "gone", "come", "given", "got", "gotten", "seen", "written", "spoken", "led", "left",
            "brought", "fought", "won", "lost", "paid", "become", "broken", "chosen", "driven", "fallen", "felt",
            "flown", "forgotten", "grown", "kept", "known", "laid", "meant", "risen", "sold", "shot", "stood",
            "struck", "taught", "thought", "thrown", "understood", "withdrawn", "bought", "built", "caught", "drawn",
            "found", "heard", "sought", "spent", "done", "put", "set", "hit", "cut", "let", "shut", "read", "run",
            "overseen", "undertaken", "sworn", "torn", "worn", "woken", "arisen", "fled", "hung", "lent", "slept",
            "spread", "been");
    /** "-ed" words that are mostly adjectives or nouns in news text */
    private static final Set<String> NOT_PAST = words("need", "seed", "speed", "feed", "breed", "creed", "greed",
            "deed", "weed", "reed", "heed", "proceed", "exceed", "succeed", "bed", "red", "shed", "wed", "sled",
            "shred", "hundred", "kindred", "naked", "sacred", "wicked", "beloved", "wretched", "rugged", "ragged",
            "crooked", "armed", "united", "limited", "related", "detailed", "advanced", "alleged", "unprecedented",
            "sophisticated", "concerned", "interested", "isolated", "unified", "embattled", "supposed", "expected",
            "scheduled", "planned", "proposed", "based", "demilitarized", "demilitarised", "indeed", "embed",
            "biased", "skilled", "talented", "aged", "ahmed", "mohammed", "called", "unidentified", "undisclosed",
            "unnamed", "unspecified", "coordinated", "combined", "increased", "heightened", "renewed", "continued",
            "sustained", "prolonged", "centred", "centered", "focused", "focussed", "red", "speed", "fed");
    private static final Set<String> NOT_ADVERBS = words("only", "early", "family", "italy", "july", "rally", "supply",
            "apply", "reply", "ally", "fly", "holy", "likely", "assembly", "daily", "weekly", "monthly", "yearly");
    private static final Set<String> REPORTING = words("said", "told", "stated", "announced", "reported", "added",
            "wrote", "noted", "declared", "confirmed", "claimed", "warned", "stressed", "emphasized", "emphasised",
            "insisted", "explained", "remarked", "commented", "affirmed", "reaffirmed", "pledged", "promised",
            "acknowledged", "revealed");
    private static final Set<String> CONJUNCTIONS = words("and", "but", "or", "while", "whereas");
    private static final Set<String> SUBORDINATORS = words("that", "which", "who", "whom", "whose", "where", "when",
            "while", "because", "although", "though", "whereas", "if", "unless");

    @Override
    int cue(Words w, int i, TenseCues.Builder out) {
        String x = w.get(i);
        String next = w.get(i + 1);
        // future
        if ((x.equals("will") || x.equals("shall")) && !NOT_BEFORE_MODAL_WILL.contains(w.get(i - 1))
                && !next.equals("of") && !next.equals("to") && !next.equals("and")) {
            return emit(w, i, verbGroupEnd(w, i), Tense.FUTURE, false, false, out);
        }
        if ((x.equals("ll") && w.apostropheBefore(i)) || (x.equals("won") && w.apostropheAfter(i)
                && next.equals("t"))) {
            return emit(w, i, verbGroupEnd(w, x.equals("won") ? i + 1 : i), Tense.FUTURE, false, false, out);
        }
        if (BE.contains(x) || ((x.equals("s") || x.equals("re")) && w.apostropheBefore(i))) {
            int j = isAdverb(next) ? i + 2 : i + 1;
            if (EXPECTATIONS.contains(w.get(j)) && w.get(j + 1).equals("to")) {
                return emit(w, i, j + 1, Tense.FUTURE, false, false, out);
            }
        }
        if ((INTENTIONS.contains(x) && next.equals("to")) || (SCHEDULES.contains(x) && next.equals("for"))) {
            return emit(w, i, i + 1, Tense.FUTURE, false, false, out);
        }
        if (x.equals("to") && next.equals("be") && isParticiple(w.get(i + 2))) {
            return emit(w, i, i + 2, Tense.FUTURE, false, false, out);
        }
        if (x.equals("upcoming") || x.equals("forthcoming")) {
            return emit(w, i, i, Tense.FUTURE, false, false, out);
        }
        // present progressive and present passive
        if (x.equals("is") || x.equals("are") || x.equals("am") || (x.equals("re") && w.apostropheBefore(i))) {
            int j = isAdverb(next) ? i + 2 : i + 1;
            String verb = w.get(j);
            if (endsWithAny(verb, 5, "ing") || endsWithAny(verb, 4, "ed")) {
                return emit(w, i, j, Tense.PRESENT, false, false, out);
            }
        }
        // present perfect, past perfect
        if (x.equals("has") || x.equals("have") || x.equals("had") || x.equals("hasn") || x.equals("haven")
                || x.equals("hadn")) {
            int j = skipNegationAndAdverb(w, i + 1);
            if (isParticiple(w.get(j))) {
                return emit(w, i, j, Tense.PAST, false, REPORTING.contains(w.get(j)), out);
            }
        }
        // past progressive and past passive
        if (x.equals("was") || x.equals("were") || x.equals("wasn") || x.equals("weren")) {
            int j = skipNegationAndAdverb(w, i + 1);
            String verb = w.get(j);
            return emit(w, i, isParticiple(verb) || endsWithAny(verb, 5, "ing") ? j : i, Tense.PAST, false, false,
                    out);
        }
        if (IRREGULAR_PAST.contains(x) || (endsWithAny(x, 4, "ed") && !NOT_PAST.contains(x))) {
            return emit(w, i, i, Tense.PAST, false, REPORTING.contains(x), out);
        }
        return 0;
    }

    /** "will not be signed": the auxiliaries and the verb after a modal, so "signed" is not read as a past. */
    private static int verbGroupEnd(Words w, int i) {
        int j = i;
        if (w.get(j + 1).equals("not")) {
            j++;
        }
        if (isAdverb(w.get(j + 1))) {
            j++;
        }
        if (w.get(j + 1).equals("be")) {
            j++;
        } else if (w.get(j + 1).equals("have") && w.get(j + 2).equals("been")) {
            j += 2;
        }
        String verb = w.get(j + 1);
        if (!verb.isEmpty() && !FUNCTION_WORDS.contains(verb) && Character.isLetter(verb.charAt(0))) {
            j++;
        }
        return j;
    }

    private static int skipNegationAndAdverb(Words w, int j) {
        if (w.get(j).equals("t") && w.apostropheBefore(j)) {
            j++;
        }
        if (w.get(j).equals("not")) {
            j++;
        }
        if (isAdverb(w.get(j))) {
            j++;
        }
        return j;
    }

    private static boolean isAdverb(String word) {
        return endsWithAny(word, 4, "ly") && !NOT_ADVERBS.contains(word);
    }

    private static boolean isParticiple(String word) {
        return (endsWithAny(word, 4, "ed") && !NOT_PAST.contains(word)) || IRREGULAR_PARTICIPLES.contains(word);
    }

    @Override
    boolean subordinator(String word) {
        return SUBORDINATORS.contains(word);
    }

    @Override
    Set<String> conjunctions() {
        return CONJUNCTIONS;
    }
}
