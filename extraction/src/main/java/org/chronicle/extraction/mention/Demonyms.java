package org.chronicle.extraction.mention;

import java.util.List;
import java.util.Map;

/**
 * Adjectives and nouns of nationality that name a country: "il presidente russo", "North Korean troops",
 * "российская сторона". They are not entity data, they are language: a small table maps each form to the names
 * the country goes by, and the index links a form to whichever entity carries one of those names as an alias or
 * canonical name (no entity ids here). A country absent from the data links nothing. Forms go through the text
 * language's analysis chain, so one form per lemma would do for Russian; every form is listed for readability.
 *
 * <p>Korean needs no entry: Nori decompounds 러시아군 into 러시아 + 군 and 북한군 into 북한 + 군, so the country's own
 * alias matches.
 */
final class Demonyms {

    /** One country: the names to look for among the aliases, in order of preference, and its forms per language. */
    record Country(List<String> names, Map<String, List<String>> forms) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country(List.of("Russia", "Russian Federation", "Россия", "Российская Федерация", "Federazione Russa",
                    "러시아"), Map.of(
                    "it", List.of("russo", "russa", "russi", "russe"),
                    "en", List.of("Russian", "Russians"),
                    "ru", List.of("российский", "российская", "российское", "российские", "россиянин", "россияне",
                            "русский", "русская", "русское", "русские"))),
            new Country(List.of("North Korea", "DPRK", "Corea del Nord", "RPDC", "КНДР", "Северная Корея", "북한",
                    "Democratic People's Republic of Korea", "조선민주주의인민공화국"), Map.of(
                    "it", List.of("nordcoreano", "nordcoreana", "nordcoreani", "nordcoreane"),
                    "en", List.of("North Korean", "North Koreans"),
                    "ru", List.of("северокорейский", "северокорейская", "северокорейское", "северокорейские",
                            "северокореец", "северокорейцы"))),
            new Country(List.of("South Korea", "Republic of Korea", "Corea del Sud", "Южная Корея", "Республика Корея",
                    "한국", "대한민국"), Map.of(
                    "it", List.of("sudcoreano", "sudcoreana", "sudcoreani", "sudcoreane"),
                    "en", List.of("South Korean", "South Koreans"),
                    "ru", List.of("южнокорейский", "южнокорейская", "южнокорейское", "южнокорейские"))),
            new Country(List.of("Ukraine", "Ucraina", "Украина", "우크라이나"), Map.of(
                    "it", List.of("ucraino", "ucraina", "ucraini", "ucraine"),
                    "en", List.of("Ukrainian", "Ukrainians"),
                    "ru", List.of("украинский", "украинская", "украинское", "украинские"))),
            new Country(List.of("China", "People's Republic of China", "Cina", "Китай", "중국"), Map.of(
                    "it", List.of("cinese", "cinesi"),
                    "en", List.of("Chinese"),
                    "ru", List.of("китайский", "китайская", "китайское", "китайские"))),
            new Country(List.of("United States", "United States of America", "USA", "Stati Uniti", "США", "미국"),
                    Map.of(
                    "it", List.of("statunitense", "statunitensi"),
                    "en", List.of("American", "Americans"),
                    "ru", List.of("американский", "американская", "американское", "американские"))),
            new Country(List.of("Japan", "Giappone", "Япония", "일본"), Map.of(
                    "it", List.of("giapponese", "giapponesi"),
                    "en", List.of("Japanese"),
                    "ru", List.of("японский", "японская", "японское", "японские"))),
            new Country(List.of("Belarus", "Bielorussia", "Беларусь", "Белоруссия", "벨라루스"), Map.of(
                    "it", List.of("bielorusso", "bielorussa", "bielorussi", "bielorusse"),
                    "en", List.of("Belarusian", "Belarusians"),
                    "ru", List.of("белорусский", "белорусская", "белорусское", "белорусские"))),
            new Country(List.of("Iran", "Иран", "이란"), Map.of(
                    "it", List.of("iraniano", "iraniana", "iraniani", "iraniane"),
                    "en", List.of("Iranian", "Iranians"),
                    "ru", List.of("иранский", "иранская", "иранское", "иранские"))));

    private Demonyms() {
    }
}
