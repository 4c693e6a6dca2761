package org.chronicle.extraction.mention;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capitalised words that are not names, per language, for {@link AliasIndex#unlinked}: months, weekdays, holidays,
 * titles and offices (stripped from the front of a name: "Foreign Minister Sergei Lavrov" gives "Sergei Lavrov"),
 * and common words that open sentences or headlines. The language's stopwords count too. Words are compared by
 * their analysed form, so inflected forms ("марта", "Президента") are covered by the lemma.
 */
final class WordLists {

    static final Map<String, List<String>> NOT_NAMES = Map.of(
            "it", List.of(
                    // months, days, holidays
                    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                    "ottobre", "novembre", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
                    "sabato", "domenica", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "capodanno",
                    "natale", "pasqua", "ferragosto",
                    // titles, offices, institutions spelled with a capital
                    "presidente", "ministro", "ministero", "primo", "vice", "viceministro", "segretario", "generale",
                    "leader", "premier", "compagno", "maresciallo", "signor", "signore", "signora", "sig", "dott",
                    "esteri", "difesa", "interni", "affari", "capo", "comandante", "presidenza", "governo", "stato",
                    "repubblica", "parlamento", "portavoce", "ambasciatore", "direttore", "chief",
                    // sentence openers
                    "secondo", "oggi", "ieri", "domani", "inoltre", "tuttavia", "mentre", "dopo", "durante", "anche",
                    "ancora", "già", "intanto", "infatti", "quindi", "però", "poi", "ora", "allora", "così",
                    "nonostante", "invece", "entrambi", "entrambe", "questo", "questa", "questi", "queste", "quello",
                    "quella", "quelli", "quelle", "tutto", "tutti", "tutte", "ogni", "alcuni", "alcune", "molti",
                    "molte", "nessuno", "firmato", "firmata", "pubblicato", "intervenendo", "parlando", "sebbene",
                    "benché", "perché", "quando", "dove", "come", "oltre", "circa", "verso", "contro", "senza",
                    "presso", "tra", "fra", "sotto", "sopra", "prima", "ultimo", "ultima", "nuovo", "nuova", "due",
                    "tre", "lei", "lui", "loro", "noi", "voi", "egli", "essi", "esso", "essa"),
            "en", List.of(
                    "january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "christmas", "easter", "new", "year", "year's",
                    "president", "prime", "minister", "ministry", "foreign", "defence", "defense", "secretary",
                    "general", "chairman", "leader", "premier", "comrade", "marshal", "supreme", "commander",
                    "chief", "vice", "deputy", "mr", "mrs", "ms", "dr", "sir", "state", "government", "spokesman",
                    "spokeswoman", "spokesperson", "ambassador", "director", "head", "senior", "official",
                    "however", "meanwhile", "according", "also", "yet", "so", "then", "now", "today", "yesterday",
                    "tomorrow", "earlier", "later", "last", "next", "this", "that", "these", "those", "while",
                    "since", "although", "though", "despite", "during", "under", "over", "as", "after", "before",
                    "without", "within", "among", "between", "speaking", "signed", "both", "many", "some", "several",
                    "all", "every", "each", "one", "two", "three", "first", "second", "third", "when", "where",
                    "why", "how", "if", "but", "and", "or", "nor", "in", "on", "at", "by", "for", "from", "with",
                    "into", "about", "against", "amid", "following", "instead", "indeed", "still", "even", "only",
                    "here", "there", "its", "his", "her", "their", "our"),
            "ru", List.of(
                    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                    "ноябрь", "декабрь", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                    "воскресенье", "новый", "год", "рождество", "пасха",
                    "президент", "министр", "министерство", "премьер", "председатель", "генеральный", "секретарь",
                    "товарищ", "маршал", "верховный", "главнокомандующий", "глава", "лидер", "господин", "госпожа",
                    "вице", "заместитель", "посол", "директор", "правительство", "государство", "пресс",
                    "однако", "также", "кроме", "тем", "между", "после", "перед", "сегодня", "вчера", "завтра",
                    "ранее", "позже", "теперь", "сейчас", "этот", "эта", "это", "эти", "тот", "та", "те", "по",
                    "согласно", "несмотря", "во", "время", "при", "все", "всё", "оба", "обе", "многие", "некоторые",
                    "каждый", "один", "два", "три", "первый", "второй", "когда", "где", "почему", "как", "если",
                    "но", "и", "или", "в", "на", "с", "со", "к", "ко", "от", "из", "за", "для", "о", "об", "у",
                    "подписанный", "выступая", "говоря", "напомним", "кстати", "впрочем", "итак"));

    /** Lower-case words allowed inside a name: "Osama bin Laden", "Ursula von der Leyen", "Leonardo da Vinci". */
    static final Set<String> NAME_PARTICLES = Set.of("di", "del", "della", "degli", "de", "da", "dos", "das", "du",
            "van", "von", "der", "den", "bin", "ibn", "al", "el", "бен", "ибн", "де", "фон", "ван", "аль", "ла");

    /** Abbreviated titles after which a capitalised word is not a sentence start ("Mr. Lavrov"). */
    static final Set<String> ABBREVIATED_TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "st",
            "sig", "dott", "prof", "ing", "avv", "г", "гн", "тов", "проф");

    private WordLists() {
    }
}
