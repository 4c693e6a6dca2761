package org.chronicle.extraction.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules that hold in every language: longest match, normalisation, short and stopword aliases, data handling. */
class AliasIndexTest {

    private static EntityAliases entity(String id, String name, Map<String, List<String>> aliases) {
        return new EntityAliases(id, name, "PERSON", "OTHER", aliases);
    }

    @Test
    void longestAliasWinsAndMentionsNeverOverlap() {
        AliasIndex index = AliasIndex.of(List.of(
                entity("kim-family", "Kim", Map.of()),
                entity("kim", "Kim Jong Un", Map.of()),
                new EntityAliases("korea", "Korea", "PLACE", "OTHER", Map.of("it", List.of("Corea"))),
                new EntityAliases("nk", "North Korea", "COUNTRY", "DPRK", Map.of("it", List.of("Corea del Nord")))));
        assertThat(Fixture.linked(index, "Kim Jong Un e la dinastia Kim", "it"))
                .containsExactly("Kim Jong Un=kim", "Kim=kim-family");
        assertThat(Fixture.linked(index, "la Corea del Nord non è tutta la Corea", "it"))
                .containsExactly("Corea del Nord=nk", "Corea=korea");
        assertThat(Fixture.linked(index, "Kim Jong Un's sister", "en")).containsExactly("Kim Jong Un's=kim");
    }

    @Test
    void overlappingAliasesOfDifferentEntitiesKeepTheLongest() {
        AliasIndex index = AliasIndex.of(List.of(
                entity("a", "Central News", Map.of()),
                entity("b", "Korean Central News Agency", Map.of()),
                entity("c", "Agency Report", Map.of())));
        assertThat(Fixture.linked(index, "the Korean Central News Agency Report", "en"))
                .containsExactly("Korean Central News Agency=b");
    }

    @Test
    void matchedAliasIsTheAliasAsRegistered() {
        List<Mention> mentions = Fixture.INDEX.find("Переговоры с Путиным", "ru");
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.surface()).isEqualTo("Путиным");
            assertThat(m.matchedAlias()).isEqualTo("Путин");
            assertThat(m.start()).isEqualTo(13);
            assertThat(m.end()).isEqualTo(20);
        });
        assertThat(Fixture.INDEX.find("il leader nordcoreano", "it")).singleElement()
                .satisfies(m -> assertThat(m.matchedAlias()).isEqualTo("Corea del Nord"));
    }

    @Test
    void normalisesUnicodeApostrophesAndHyphensWithOffsetsIntoTheOriginal() {
        // full-width letters (NFKC), a soft hyphen inside a word, curly apostrophe, non-breaking space, hyphen
        String text = "Ｋｉｍ Ｊｏｎｇ Ｕｎ incontra Pu\u00ADtin; il ruolo dell’Ucraina e di Kim\u00A0Jong\u2011un";
        assertThat(Fixture.linked(text, "it")).containsExactly("Ｋｉｍ Ｊｏｎｇ Ｕｎ=kim", "Pu\u00ADtin=putin",
                "Ucraina=ukraine", "Kim\u00A0Jong\u2011un=kim");
        // ё written as е and decomposed е + U+0308
        assertThat(Fixture.linked("Путин провел переговоры с Ким Чен Ыном; Пхеньяне", "ru"))
                .containsExactly("Путин=putin", "Ким Чен Ыном=kim", "Пхеньяне=pyongyang");
        assertThat(Fixture.linked("Шойгу провe\u0308л встречу в Москве", "ru"))
                .containsExactly("Шойгу=shoigu", "Москве=moscow");
        assertThat(Fixture.linked("PUTIN ARRIVES IN PYONGYANG", "en"))
                .containsExactly("PUTIN=putin", "PYONGYANG=pyongyang");
    }

    @Test
    void shortOneLetterAndStopwordAliasesDoNotMatchLoosely() {
        AliasIndex index = AliasIndex.of(List.of(
                new EntityAliases("un", "United Nations", "ORGANIZATION", "OTHER",
                        Map.of("en", List.of("UN"), "it", List.of("ONU", "Onu"))),
                new EntityAliases("us", "United States", "COUNTRY", "OTHER", Map.of("en", List.of("US", "USA"),
                        "it", List.of("Stati Uniti"))),
                new EntityAliases("x", "X", "ORGANIZATION", "OTHER", Map.of("en", List.of("X"))),
                new EntityAliases("the", "The", "ORGANIZATION", "OTHER", Map.of("en", List.of("the", "of the")))));
        assertThat(Fixture.linked(index, "un accordo con gli USA firmato all'Onu", "it"))
                .containsExactly("USA=us", "Onu=un");
        assertThat(Fixture.linked(index, "the UN told us that the US would act", "en"))
                .containsExactly("UN=un", "US=us");
        assertThat(Fixture.linked(index, "X marks the spot of the war", "en")).isEmpty();
        assertThat(Fixture.linked(index, "Roma usa i droni", "it")).as("'usa' = uses").isEmpty();
    }

    @Test
    void aCapitalisedOneWordAliasNeedsACapitalInTheText() {
        // "mosca" is a fly, "кит" a whale: a proper name written with a capital only matches a capitalised word
        AliasIndex index = AliasIndex.of(List.of(
                new EntityAliases("china", "China", "COUNTRY", "OTHER", Map.of("ru", List.of("Китай"))),
                new EntityAliases("moscow", "Moscow", "PLACE", "RUSSIA", Map.of("it", List.of("Mosca")))));
        assertThat(Fixture.linked(index, "una mosca a Mosca", "it")).containsExactly("Mosca=moscow");
        assertThat(Fixture.linked(index, "кита видели у берегов Китая", "ru")).containsExactly("Китая=china");
        assertThat(Fixture.linked(index, "tutto minuscolo: mosca", "it")).containsExactly("mosca=moscow")
                .as("a text without any capital letter gets no guard");
    }

    @Test
    void aliasesOfOtherLanguagesMatchThroughTheTextsAnalyser() {
        assertThat(Fixture.linked("Агентство KCNA сообщило, что Kim Jong Un прибыл", "ru"))
                .containsExactly("KCNA=kcna", "Kim Jong Un=kim");
        assertThat(Fixture.linked("Putin e Shoigu", "it")).containsExactly("Putin=putin", "Shoigu=shoigu");
        assertThat(Fixture.linked("Shoygu's visit to the DPRK", "en"))
                .containsExactly("Shoygu's=shoigu", "DPRK=nk");
    }

    @Test
    void otherLanguagesGetAPlainUnicodeAnalysis() {
        assertThat(Fixture.linked("Putin traf Kim Jong Un in Pyongyang", "de"))
                .containsExactly("Putin=putin", "Kim Jong Un=kim", "Pyongyang=pyongyang");
        assertThat(Fixture.linked("Poutine et Kim Jong Un à Moscou", "fr")).containsExactly("Kim Jong Un=kim");
        assertThat(Fixture.linked("Putin e Kim Jong Un", null)).containsExactly("Putin=putin", "Kim Jong Un=kim");
        assertThat(Fixture.linked("Путину", "ru-RU")).containsExactly("Путину=putin");
        assertThat(Fixture.linked("Путину", "RU")).containsExactly("Путину=putin");
    }

    @Test
    void wordsOfOneAliasMustBeAdjacent() {
        assertThat(Fixture.linked("la regione. Di Kursk si parla", "it")).containsExactly("Kursk=kursk");
        assertThat(Fixture.linked("Kim, Jong, Un", "en")).isEmpty();
        assertThat(Fixture.linked("V. Putin", "en")).containsExactly("Putin=putin");
    }

    @Test
    void toleratesEmptyTextsAndSparseData() {
        List<EntityAliases> sparse = new ArrayList<>();
        sparse.add(new EntityAliases("a", "Alpha Group", "ORGANIZATION", "OTHER", null));
        sparse.add(new EntityAliases("b", null, "ORGANIZATION", "OTHER", Map.of("en", List.of("  ", "Beta Corp"))));
        sparse.add(null);
        AliasIndex index = AliasIndex.of(sparse);
        assertThat(index.entityCount()).isEqualTo(2);
        assertThat(Fixture.linked(index, "Alpha Group bought Beta Corp", "en"))
                .containsExactly("Alpha Group=a", "Beta Corp=b");
        assertThat(index.find("", "en")).isEmpty();
        assertThat(index.find(null, "en")).isEmpty();
        assertThat(index.unlinked(null, "en")).isEmpty();
        assertThat(AliasIndex.of(List.of()).find("Putin in Pyongyang", "ko")).isEmpty();
    }

    @Test
    void demonymsLinkOnlyWhenTheDataHasTheCountry() {
        AliasIndex withoutCountries = AliasIndex.of(List.of(entity("putin", "Vladimir Putin", Map.of())));
        assertThat(Fixture.linked(withoutCountries, "il presidente russo Vladimir Putin", "it"))
                .containsExactly("Vladimir Putin=putin");
        AliasIndex chinaOnlyInRussian = AliasIndex.of(List.of(new EntityAliases("cn", "Zhongguo", "COUNTRY",
                "OTHER", Map.of("ru", List.of("Китай")))));
        assertThat(Fixture.linked(chinaOnlyInRussian, "Chinese and Russian officials", "en"))
                .containsExactly("Chinese=cn");
        assertThat(Fixture.linked(chinaOnlyInRussian, "китайская делегация", "ru")).containsExactly("китайская=cn");
    }

    @Test
    void demonymsAlsoWorkWhenTheDataListsThem() {
        AliasIndex index = AliasIndex.of(List.of(new EntityAliases("nk", "DPRK", "COUNTRY", "DPRK",
                Map.of("it", List.of("Corea del Nord", "nordcoreano")))));
        assertThat(Fixture.INDEX.find("le truppe nordcoreane", "it")).singleElement()
                .satisfies(m -> assertThat(m.entityId()).isEqualTo("nk"));
        assertThat(index.find("le truppe nordcoreane", "it")).singleElement().satisfies(m -> {
            assertThat(m.entityId()).isEqualTo("nk");
            assertThat(m.surface()).isEqualTo("nordcoreane");
        });
    }
}
