package org.chronicle.extraction;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronicle.extraction.date.DatePrecision;
import org.chronicle.extraction.date.ResolvedDate;

/**
 * Years that date no event of their own: part of a name ("il trattato del 1961", "договор 1961 года", "1961년
 * 조약") or a point of comparison ("since 2011", "dal 2018", "1990년 이후 처음"). Only YEAR precision is filtered:
 * a day or month next to such words is still an event.
 */
final class NotAnEvent {

    /** Matched against the words before the year together with the date's own text, which ends with the year. */
    private static final Map<String, List<Pattern>> NAMED_OR_SINCE = Map.of(
            "it", List.of(Pattern.compile("(?iu)(trattato|accordo|documento|patto|dichiarazione)\\s+(del\\s+|dell['’]\\s*)?\\d{4}$"),
                          Pattern.compile("(?iu)(^|\\s)(dal|dall['’]|sin dal)\\s*\\d{4}$")),
            "en", List.of(Pattern.compile("(?iu)(treaty|agreement|accord|pact|document|declaration)\\s+(of\\s+)?\\d{4}$"),
                          Pattern.compile("(?iu)(^|\\s)(since|the)\\s+\\d{4}$")),
            "ru", List.of(Pattern.compile("(?iu)(договор|документ|соглашени|деклараци)\\p{L}*\\s+\\d{4}(\\s+г(ода|\\.)?)?$"),
                          Pattern.compile("(?iu)(^|\\s)(с|со|начиная с)\\s+\\d{4}(\\s+г(ода|\\.)?)?$")));
    private static final Map<String, List<Pattern>> AFTER = Map.of(
            "ko", List.of(Pattern.compile("^\\s*(이후|이래)"), Pattern.compile("^\\s*(조약|협정|선언)")),
            "en", List.of(Pattern.compile("(?iu)^\\s*(treaty|agreement|accord|pact)")),
            "ru", List.of(Pattern.compile("(?iu)^\\s*(договор|соглашени)")));

    private NotAnEvent() {
    }

    static boolean matches(String sentence, ResolvedDate date) {
        if (date.precision() != DatePrecision.YEAR || date.anchor() != null) {
            return false;
        }
        String language = languageOf(date.rule());
        String upToYear = sentence.substring(Math.max(0, date.start() - 40), date.end());
        String after = sentence.substring(date.end(), Math.min(sentence.length(), date.end() + 20));
        return NAMED_OR_SINCE.getOrDefault(language, List.of()).stream().anyMatch(p -> p.matcher(upToYear).find())
                || AFTER.getOrDefault(language, List.of()).stream().anyMatch(p -> p.matcher(after).find());
    }

    /** Rule ids start with the language ("it.month-year"); numeric rules carry no language and are checked by all. */
    private static String languageOf(String rule) {
        int dot = rule.indexOf('.');
        return dot > 0 ? rule.substring(0, dot) : "";
    }
}
