package org.chronicle.gateway.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.chronicle.gateway.support.GatewayClientSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The analysts' page at {@code /}: served with the strict CSP, no inline code, article text never parsed as markup. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalystPageTest extends GatewayClientSupport {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    @Test
    void thePageAndItsAssetsAreServedWithAStrictContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/", "/index.html"}) {
            HttpResponse<String> page = send(request(path).header("Accept", "text/html").build());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.body()).contains("<script type=\"module\" src=\"/app.js\"></script>", "href=\"/app.css\"");
            assertThat(page.body()).doesNotContain("<style", "style=", "onclick", "<script>", "https://");
        }

        HttpResponse<String> script = send(request("/app.js").build());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(script.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(script.body()).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");

        HttpResponse<String> style = send(request("/app.css").build());
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(style.body()).contains("Noto Sans").doesNotContain("@import", "url(http");
    }

    @Test
    void theOperatorPageIsStillWhereItWas() throws Exception {
        assertThat(send(request("/ops").header("Accept", "text/html").build()).body()).contains("/ops/ops.js");
    }
}
