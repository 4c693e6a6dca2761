package org.chronicle.extraction.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RussianMentionsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("Путин провёл переговоры с Ким Чен Ыном в Пхеньяне",
                        List.of("Путин=putin", "Ким Чен Ыном=kim", "Пхеньяне=pyongyang")),
                Arguments.of("Переговоры с Путиным", List.of("Путиным=putin")),
                Arguments.of("Владимира Путина встретили в Пхеньяне",
                        List.of("Владимира Путина=putin", "Пхеньяне=pyongyang")),
                Arguments.of("Путину доложили о ситуации", List.of("Путину=putin")),
                Arguments.of("делегация КНДР прибыла в Москву", List.of("КНДР=nk", "Москву=moscow")),
                Arguments.of("В Москве прошли переговоры", List.of("Москве=moscow")),
                Arguments.of("бои в Курской области", List.of("Курской области=kursk")),
                Arguments.of("северокорейские военные и российская армия",
                        List.of("северокорейские=nk", "российская=russia")),
                Arguments.of("армия Северной Кореи и России", List.of("Северной Кореи=nk", "России=russia")),
                Arguments.of("ЦТАК сообщило об этом в четверг", List.of("ЦТАК=kcna")),
                Arguments.of("Шойгу прибыл в Пхеньян", List.of("Шойгу=shoigu", "Пхеньян=pyongyang")),
                Arguments.of("лидер КНДР Kim Jong Un", List.of("КНДР=nk", "Kim Jong Un=kim")),
                Arguments.of("войска Украины покинули Курск", List.of("Украины=ukraine", "Курск=kursk")),
                // negatives
                Arguments.of("Путинизм как идеология", List.of()),
                Arguments.of("В Италии прошли сильные дожди и наводнения", List.of()));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void links(String sentence, List<String> expected) {
        assertThat(Fixture.linked(sentence, "ru")).containsExactlyElementsOf(expected);
    }
}
