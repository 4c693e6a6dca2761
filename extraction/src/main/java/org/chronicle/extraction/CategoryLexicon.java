package org.chronicle.extraction;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Assigns a {@link Category} from per-language word stems: each category scores the stems found at the start of a
 * word in the sentence (for Korean, anywhere: its words carry particles), the highest score wins, ties go to the
 * category listed first in {@link Category}. A sentence with no cue is {@link Category#OTHER}.
 */
public final class CategoryLexicon {

    private static final Map<Category, Map<String, List<String>>> STEMS = new EnumMap<>(Map.of(
            Category.TREATY, Map.of(
                    "en", List.of("treaty", "treaties", "agreement", "accord", "ratif", "pact", "signed", "signing"),
                    "it", List.of("trattat", "accord", "ratific", "patto", "firmat", "firma "),
                    "ru", List.of("договор", "соглашени", "ратифиц", "подписа", "пакт"),
                    "ko", List.of("조약", "협정", "비준", "서명", "발효")),
            Category.MILITARY, Map.of(
                    "en", List.of("troop", "soldier", "military", "army", "missile", "weapon", "munition", "shell",
                                  "defence", "defense", "combat", "battle", "fight", "deploy", "artillery", "drill"),
                    "it", List.of("trupp", "soldat", "militar", "esercit", "missil", "armi ", "munizion", "difes",
                                  "combatt", "battagli", "schierat", "ingegneri da combattimento"),
                    "ru", List.of("войск", "военн", "солдат", "арми", "ракет", "оружи", "боеприпас", "оборон",
                                  "боев", "бои ", "боях", "сражени", "освобожд", "военнослужащ"),
                    "ko", List.of("군대", "병력", "파병", "군사", "미사일", "무기", "포탄", "국방", "전투", "해방", "장병", "군인")),
            Category.ECONOMY, Map.of(
                    "en", List.of("trade", "econom", "bridge", "rail", "flight", "investment", "energy", "oil",
                                  "sanction", "tourism", "labour", "labor", "port", "cargo", "wheat"),
                    "it", List.of("commerc", "economi", "ponte", "ferrovi", "vol", "investiment", "energi",
                                  "petroli", "sanzion", "turism", "porto", "merci"),
                    "ru", List.of("торгов", "экономи", "мост", "железнодорож", "рейс", "инвестиц", "энерг",
                                  "нефт", "санкци", "туризм", "порт", "груз"),
                    "ko", List.of("무역", "경제", "교량", "다리", "철도", "항공", "투자", "에너지", "석유", "제재", "관광", "항구")),
            Category.DIPLOMACY, Map.of(
                    "en", List.of("visit", "summit", "talks", "met ", "meet", "delegation", "envoy", "ambassador",
                                  "arrived", "hosted", "welcomed", "negotiat"),
                    "it", List.of("visit", "vertice", "colloqui", "incontr", "delegazion", "inviat", "ambasciat",
                                  "arrivat", "negozia", "ricevut"),
                    "ru", List.of("визит", "саммит", "переговор", "встреч", "встрети", "делегаци", "посол",
                                  "прибыл", "посети"),
                    "ko", List.of("방문", "정상회담", "회담", "만났", "만남", "대표단", "특사", "대사", "도착", "접견")),
            Category.STATEMENT, Map.of(
                    "en", List.of("said", "says", "stated", "statement", "message", "telegram", "letter",
                                  "greeting", "declared", "announced", "praised", "condemned", "warned"),
                    "it", List.of("detto", "affermat", "dichiar", "messaggi", "telegramm", "letter", "auguri",
                                  "annunci", "elogiat", "condann"),
                    "ru", List.of("заяви", "сказал", "сообщи", "послани", "телеграмм", "письм", "поздрав",
                                  "объяви", "осуди"),
                    "ko", List.of("밝혔", "말했", "성명", "메시지", "축전", "서한", "연하장", "발표", "강조", "비난"))));

    private final Map<Category, Map<String, List<Pattern>>> patterns = new EnumMap<>(Category.class);

    public CategoryLexicon() {
        STEMS.forEach((category, byLanguage) -> {
            Map<String, List<Pattern>> compiled = new java.util.HashMap<>();
            byLanguage.forEach((language, stems) -> compiled.put(language, stems.stream()
                    .map(stem -> Pattern.compile((language.equals("ko") ? "" : "(?<![\\p{L}\\p{N}])")
                                                 + Pattern.quote(stem), Pattern.UNICODE_CASE))
                    .toList()));
            patterns.put(category, compiled);
        });
    }

    public Category categorise(String sentence, String language) {
        String text = Normalizer.normalize(sentence, Normalizer.Form.NFC).toLowerCase(Locale.ROOT) + " ";
        Category best = Category.OTHER;
        int bestScore = 0;
        for (Category category : Category.values()) {
            List<Pattern> stems = patterns.getOrDefault(category, Map.of()).get(language);
            if (stems == null) {
                continue;
            }
            int score = 0;
            for (Pattern stem : stems) {
                if (stem.matcher(text).find()) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = category;
                bestScore = score;
            }
        }
        return best;
    }
}
