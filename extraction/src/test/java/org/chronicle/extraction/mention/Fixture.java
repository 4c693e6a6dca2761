package org.chronicle.extraction.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** The entities the mention tests link to, and helpers to assert on results. */
final class Fixture {

    static final List<EntityAliases> ENTITIES = List.of(
            new EntityAliases("putin", "Vladimir Putin", "PERSON", "RUSSIA", Map.of(
                    "en", List.of("Putin", "Vladimir Putin"), "it", List.of("Putin"),
                    "ru", List.of("Владимир Путин", "Путин"), "ko", List.of("블라디미르 푸틴", "푸틴"))),
            new EntityAliases("kim", "Kim Jong Un", "PERSON", "DPRK", Map.of(
                    "en", List.of("Kim Jong-un"), "ru", List.of("Ким Чен Ын"), "ko", List.of("김정은"))),
            new EntityAliases("russia", "Russia", "COUNTRY", "RUSSIA", Map.of(
                    "en", List.of("Russian Federation"), "it", List.of("Russia"), "ru", List.of("Россия"),
                    "ko", List.of("러시아"))),
            new EntityAliases("nk", "North Korea", "COUNTRY", "DPRK", Map.of(
                    "en", List.of("DPRK"), "it", List.of("Corea del Nord"), "ru", List.of("КНДР", "Северная Корея"),
                    "ko", List.of("북한", "조선"))),
            new EntityAliases("ukraine", "Ukraine", "COUNTRY", "OTHER", Map.of(
                    "it", List.of("Ucraina"), "ru", List.of("Украина"), "ko", List.of("우크라이나"))),
            new EntityAliases("kursk", "Kursk region", "PLACE", "RUSSIA", Map.of(
                    "en", List.of("Kursk"), "it", List.of("regione di Kursk", "Kursk"),
                    "ru", List.of("Курская область", "Курск"), "ko", List.of("쿠르스크"))),
            new EntityAliases("moscow", "Moscow", "PLACE", "RUSSIA", Map.of(
                    "it", List.of("Mosca"), "ru", List.of("Москва"), "ko", List.of("모스크바"))),
            new EntityAliases("pyongyang", "Pyongyang", "PLACE", "DPRK", Map.of(
                    "ru", List.of("Пхеньян"), "ko", List.of("평양"))),
            new EntityAliases("kcna", "Korean Central News Agency", "ORGANIZATION", "DPRK", Map.of(
                    "it", List.of("agenzia di stampa centrale coreana", "KCNA"), "ru", List.of("ЦТАК"),
                    "ko", List.of("조선중앙통신"))),
            new EntityAliases("shoigu", "Sergei Shoigu", "PERSON", "RUSSIA", Map.of(
                    "en", List.of("Shoigu", "Shoygu"), "ru", List.of("Шойгу"), "ko", List.of("쇼이구"))));

    static final AliasIndex INDEX = AliasIndex.of(ENTITIES);

    private Fixture() {
    }

    /** "surface=entityId" per mention, after checking that every offset points at its surface. */
    static List<String> linked(AliasIndex index, String text, String language) {
        List<Mention> mentions = index.find(text, language);
        for (Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).as("offsets of %s", m).isEqualTo(m.surface());
        }
        return mentions.stream().map(m -> m.surface() + "=" + m.entityId()).toList();
    }

    static List<String> linked(String text, String language) {
        return linked(INDEX, text, language);
    }

    /** The surfaces of the unlinked names, after checking their offsets. */
    static List<String> unlinked(AliasIndex index, String text, String language) {
        List<UnlinkedMention> names = index.unlinked(text, language);
        for (UnlinkedMention u : names) {
            assertThat(text.substring(u.start(), u.end())).as("offsets of %s", u).isEqualTo(u.surface());
        }
        return names.stream().map(UnlinkedMention::surface).toList();
    }

    static List<String> unlinked(String text, String language) {
        return unlinked(INDEX, text, language);
    }
}
