package org.chronicle.extraction.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KoreanMentionsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("김정은 위원장이 평양에서 푸틴 대통령을 맞이했다",
                        List.of("김정은=kim", "평양에서=pyongyang", "푸틴=putin")),
                Arguments.of("러시아와 북한은 조약을 체결했다", List.of("러시아와=russia", "북한은=nk")),
                Arguments.of("김정은이 말했다", List.of("김정은이=kim")),
                Arguments.of("김정은 위원장은 북한의 입장을 밝혔다", List.of("김정은=kim", "북한의=nk")),
                Arguments.of("러시아군과 북한군이 쿠르스크에서 싸웠다",
                        List.of("러시아=russia", "북한=nk", "쿠르스크에서=kursk")),
                Arguments.of("조선중앙통신은 보도했다", List.of("조선중앙통신은=kcna")),
                Arguments.of("쇼이구는 모스크바에서 출발했다", List.of("쇼이구는=shoigu", "모스크바에서=moscow")),
                Arguments.of("블라디미르 푸틴 대통령", List.of("블라디미르 푸틴=putin")),
                Arguments.of("KCNA는 보도했다", List.of("KCNA는=kcna")),
                Arguments.of("서울에 폭우가 쏟아졌다", List.of()));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void links(String sentence, List<String> expected) {
        assertThat(Fixture.linked(sentence, "ko")).containsExactlyElementsOf(expected);
    }

    @Test
    void multiWordKoreanPersonAliasesMatchWithTheirParticles() {
        AliasIndex index = AliasIndex.of(List.of(new EntityAliases("lavrov", "Sergei Lavrov", "PERSON", "RUSSIA",
                Map.of("ko", List.of("세르게이 라브로프")))));
        assertThat(Fixture.linked(index, "세르게이 라브로프는 평양을 방문했다", "ko"))
                .containsExactly("세르게이 라브로프는=lavrov");
        assertThat(Fixture.linked(index, "세르게이 라브로프 외무장관", "ko")).containsExactly("세르게이 라브로프=lavrov");
    }

    @Test
    void hanjaIsReadAsHangul() {
        assertThat(Fixture.linked("北韓과 러시아", "ko")).containsExactly("北韓과=nk", "러시아=russia");
    }
}
