package org.chronicle.extraction.date;

import java.util.Set;

/**
 * Italian tense cues. Past: auxiliary + participle ("ha affermato", "sono stati espulsi"), passato remoto
 * ("firmò", "furono", "disse"), imperfetto ("-ava/-eva", "era"). Future: "-rà/-ranno" ("sarà", "migliorerà"),
 * "dovrebbe", "sta per", "è previsto", "in programma". Present: "sta/stanno + gerundio". A bare participle
 * ("pubblicato", "Firmato") is a weak cue: many "-ato" words are nouns ("trattato", "Stato", "esercito").
 */
final class ItalianTenseCues extends WordCues {

    private static final Set<String> AUXILIARIES = words("ho", "hai", "ha", "abbiamo", "avete", "hanno", "è", "sono",
            "siamo", "siete", "era", "erano", "fu", "furono", "sia", "siano", "fosse", "fossero", "aveva", "avevano",
            "avrebbe", "avrebbero", "abbia", "abbiano", "avesse", "avessero");
    private static final Set<String> BETWEEN_AUXILIARY_AND_PARTICIPLE = words("anche", "già", "poi", "inoltre",
            "infatti", "ancora", "recentemente", "sempre", "mai", "più", "ufficialmente", "quindi", "invece", "pure",
            "appena", "nuovamente", "così", "non", "ne", "ci", "si", "lo", "la", "li", "le", "gli", "subito",
            "finalmente", "precedentemente", "ieri", "oggi", "effettivamente", "completamente");
    private static final Set<String> IRREGULAR_PARTICIPLE_STEMS = words("dett", "fatt", "pres", "mess", "scritt",
            "vist", "chiest", "rispost", "giunt", "mort", "nat", "espress", "promess", "rimast", "success", "permess",
            "decis", "concess", "discuss", "uccis", "apert", "offert", "scopert", "raggiunt", "svolt", "accolt",
            "post", "propost", "impost", "espost", "prodott", "condott", "ridott", "introdott", "stat", "emess",
            "sospes", "diffus", "chius", "ripres", "intrapres", "compres", "sorpres", "distrutt", "costrett", "elett",
            "lett", "colt", "vint", "pers", "cors", "assunt", "tradott", "redatt", "divis", "esplos", "rimoss",
            "moss", "scoss", "espuls", "resp", "sconfitt", "invas", "appres", "ammess", "dispost", "tratt", "prevent");
    private static final Set<String> FUTURE_WORDS = words("dovrebbe", "dovrebbero", "intende", "intendono",
            "sarò", "farò", "avrò", "potrò", "dovrò", "andrò", "verrò", "darò", "starò", "vorrò", "saprò", "dirò",
            "terrò", "vedrò");
    private static final Set<String> EXPECTED_STEMS = words("previst", "programmat", "attes", "pianificat");
    private static final Set<String> REMOTE = words("fu", "furono", "disse", "dissero", "ebbe", "ebbero", "fece",
            "fecero", "venne", "vennero", "prese", "presero", "mise", "misero", "scrisse", "scrissero", "giunse",
            "giunsero", "rimase", "rimasero", "decise", "decisero", "chiese", "chiesero", "rispose", "risposero",
            "diede", "diedero", "vide", "videro", "tenne", "tennero", "ottenne", "ottennero", "sostenne", "mantenne",
            "accadde", "successe", "nacque", "crebbe", "era", "erano");
    private static final Set<String> PAST_STOP = words("però", "perciò", "ciò", "può", "così", "lunedì", "martedì",
            "mercoledì", "giovedì", "venerdì", "ottava", "lava", "cava", "brava", "schiava", "fava", "clava", "java",
            "leva", "neva", "eva", "comò", "falò", "oblò", "giù", "lì", "sì", "costì", "laggiù", "quaggiù", "tiranno");
    private static final Set<String> NOUNS_LIKE_PARTICIPLES = words("stato", "stati", "stata", "state", "trattato",
            "trattati", "mercato", "mercati", "senato", "soldato", "soldati", "avvocato", "risultato", "risultati",
            "attentato", "mandato", "candidato", "deputato", "deputati", "alleato", "alleati", "delegato", "delegati",
            "comitato", "sindacato", "magistrato", "reato", "partito", "partiti", "esercito", "eserciti", "credito",
            "sito", "invito", "merito", "rito", "spirito", "circuito", "transito", "deposito", "istituto", "tributo",
            "statuto", "contributo", "minuto", "minuti", "saluto", "saluti", "rifiuto", "aiuto", "aiuti", "contenuto",
            "dato", "dati", "lato", "salute", "marito", "abitato", "ducato", "prelato", "stata", "vita", "data");
    /** "ha affermato", "ha detto", "affermò": the verbs that report a statement, the main verb of news sentences */
    private static final Set<String> REPORTING = words("affermat", "dett", "dichiarat", "riferit", "annunciat",
            "spiegat", "sottolineat", "scritt", "aggiunt", "riportat", "comunicat", "precisat", "osservat",
            "ribadit", "confermat", "avvertit", "denunciat", "ricordat", "sostenut", "assicurat", "evidenziat",
            "esortat", "disse", "dissero", "affermò", "dichiarò", "annunciò", "riferì", "scrisse", "aggiunse",
            "sottolineò", "spiegò", "ribadì", "confermò");
    private static final Set<String> CONJUNCTIONS = words("e", "ma", "mentre", "però");
    private static final Set<String> SUBORDINATORS = words("che", "cui", "quale", "quali", "dove", "mentre",
            "perché", "poiché", "affinché", "sebbene", "benché");

    @Override
    int cue(Words w, int i, TenseCues.Builder out) {
        String x = w.get(i);
        String next = w.get(i + 1);
        // future
        if (FUTURE_WORDS.contains(x)) {
            return emit(w, i, i, Tense.FUTURE, false, false, out);
        }
        if (((x.equals("sta") || x.equals("stanno")) && next.equals("per"))
                || ((x.equals("prevede") || x.equals("prevedono")) && next.equals("di"))
                || (x.equals("in") && next.equals("programma"))) {
            return emit(w, i, i + 1, Tense.FUTURE, false, false, out);
        }
        if (isAuxiliary(w, i) && (x.equals("è") || x.equals("e") || x.equals("sono"))) {
            int j = isStato(next) ? i + 2 : i + 1;
            if (hasStem(w.get(j), EXPECTED_STEMS)) {
                return emit(w, i, j, Tense.FUTURE, false, false, out);
            }
        }
        if (isFuture(x)) {
            // "sarà firmato", "sarà stato firmato" are one future, not a future and a past
            int j = i;
            if (isStato(w.get(j + 1)) && isParticiple(w.get(j + 2))) {
                j += 2;
            } else if (isParticiple(w.get(j + 1))) {
                j++;
            }
            return emit(w, i, j, Tense.FUTURE, false, false, out);
        }
        // present progressive, and its imperfect (past)
        if ((x.equals("sta") || x.equals("stanno") || x.equals("stai") || x.equals("stiamo")) && isGerund(next)) {
            return emit(w, i, i + 1, Tense.PRESENT, false, false, out);
        }
        if ((x.equals("stava") || x.equals("stavano")) && isGerund(next)) {
            return emit(w, i, i + 1, Tense.PAST, false, false, out);
        }
        // passato prossimo and trapassato: auxiliary, up to two adverbs or clitics, participle
        if (isAuxiliary(w, i)) {
            int j = i + 1;
            for (int k = 0; k < 2 && BETWEEN_AUXILIARY_AND_PARTICIPLE.contains(w.get(j)); k++) {
                j++;
            }
            if (isParticiple(w.get(j))) {
                if (isStato(w.get(j)) && isParticiple(w.get(j + 1))) {
                    j++; // "è stato firmato"
                }
                return emit(w, i, j, Tense.PAST, false, hasStem(w.get(j), REPORTING), out);
            }
        }
        // passato remoto, imperfetto
        if (REMOTE.contains(x) || (isRemoteOrImperfect(x) && !PAST_STOP.contains(x))) {
            return emit(w, i, i, Tense.PAST, false, REPORTING.contains(x), out);
        }
        if (x.length() >= 6 && isParticiple(x) && !NOUNS_LIKE_PARTICIPLES.contains(x)) {
            return emit(w, i, i, Tense.PAST, true, false, out);
        }
        return 0;
    }

    /** "è" typed as "e'" counts. */
    private static boolean isAuxiliary(Words w, int i) {
        String x = w.get(i);
        return AUXILIARIES.contains(x) || (x.equals("e") && w.apostropheAfter(i));
    }

    private static boolean isStato(String word) {
        return word.length() == 5 && word.startsWith("stat") && "oaie".indexOf(word.charAt(4)) >= 0;
    }

    static boolean isParticiple(String word) {
        int n = word.length();
        if (n < 4 || "oaie".indexOf(word.charAt(n - 1)) < 0) {
            return false;
        }
        char a = word.charAt(n - 3);
        return (word.charAt(n - 2) == 't' && (a == 'a' || a == 'u' || a == 'i') && n >= 5)
                || IRREGULAR_PARTICIPLE_STEMS.contains(word.substring(0, n - 1));
    }

    private static boolean hasStem(String word, Set<String> stems) {
        return !word.isEmpty() && (stems.contains(word) || stems.contains(word.substring(0, word.length() - 1)));
    }

    private static boolean isGerund(String word) {
        return endsWithAny(word, 5, "ando", "endo");
    }

    private static boolean isFuture(String x) {
        return endsWithAny(x, 4, "rà") || (endsWithAny(x, 6, "ranno") && !x.equals("tiranno"))
                || endsWithAny(x, 6, "eremo", "iremo", "aremo") || x.equals("saremo");
    }

    private static boolean isRemoteOrImperfect(String x) {
        if (endsWithAny(x, 7, "arono", "irono", "erono", "avano", "evano", "ivano") || endsWithAny(x, 8, "ettero")) {
            return true;
        }
        if (endsWithAny(x, 5, "ava", "eva")) {
            return true;
        }
        char last = x.isEmpty() ? ' ' : x.charAt(x.length() - 1);
        return x.length() >= 3 && (last == 'ò' || last == 'ì');
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
