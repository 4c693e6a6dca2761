package org.chronicle.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryParameterGuardTest {

    @Test
    void percentEncodedUtf8Passes() {
        assertThat(QueryParameterGuard.encodingProblem(null)).isNull();
        assertThat(QueryParameterGuard.encodingProblem("q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD&limit=5")).isNull();
        assertThat(QueryParameterGuard.encodingProblem("q=a+b&x=%F0%9F%98%80")).isNull();
    }

    @Test
    void bytesThatAreNotUtf8AndBrokenEscapesAreProblems() {
        for (String query : new String[]{"q=%FF", "q=%C0%80", "q=%ED%A0%80", "q=%E2%82", "q=%F8%88%80%80", "q=%80"}) {
            assertThat(QueryParameterGuard.encodingProblem(query)).as(query).contains("UTF-8");
        }
        for (String query : new String[]{"q=%", "q=%4", "q=%zz", "q=%%41"}) {
            assertThat(QueryParameterGuard.encodingProblem(query)).as(query).contains("hexadecimal escape");
        }
    }
}
