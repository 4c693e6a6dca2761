package org.chronicle.extraction.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishMentionsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("Russia's defence minister Sergei Shoygu arrived in Pyongyang on Wednesday",
                        List.of("Russia's=russia", "Shoygu=shoigu", "Pyongyang=pyongyang")),
                Arguments.of("KCNA reported that Kim Jong-un received Putin's envoy",
                        List.of("KCNA=kcna", "Kim Jong-un=kim", "Putin's=putin")),
                Arguments.of("North Korean troops fought alongside Russian soldiers in Kursk",
                        List.of("North Korean=nk", "Russian=russia", "Kursk=kursk")),
                Arguments.of("North Koreans and Russians", List.of("North Koreans=nk", "Russians=russia")),
                Arguments.of("a treaty between the DPRK and the Russian Federation",
                        List.of("DPRK=nk", "Russian Federation=russia")),
                Arguments.of("Ukrainian forces withdrew from the Kursk region", List.of("Ukrainian=ukraine",
                        "Kursk region=kursk")),
                Arguments.of("Vladimir Putin met Kim Jong Un in Moscow",
                        List.of("Vladimir Putin=putin", "Kim Jong Un=kim", "Moscow=moscow")),
                Arguments.of("Shoigu, Putin and Kim", List.of("Shoigu=shoigu", "Putin=putin")),
                // negatives: "Kimchi" is not Kim; "Putinism" is an ideology, not the man (documented)
                Arguments.of("Kimchi is a Korean dish", List.of()),
                Arguments.of("Putinism has many critics", List.of()),
                Arguments.of("Heavy rain flooded towns in northern Italy on Sunday", List.of()));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void links(String sentence, List<String> expected) {
        assertThat(Fixture.linked(sentence, "en")).containsExactlyElementsOf(expected);
    }
}
