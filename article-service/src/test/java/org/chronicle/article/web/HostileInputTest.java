package org.chronicle.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.chronicle.platform.testing.HostileInputSupport;
import org.chronicle.platform.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input against the article service, one category at a time, reaching the service directly over HTTP (as
 * in deployments where the gateway is not in front): each is refused with the precise 4xx problem, stores nothing,
 * and leaves the service healthy.
 */
class HostileInputTest extends HostileInputSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode article() {
        return JSON.createObjectNode().put("title", "Shoigu in Pyongyang")
                .put("body", "Sergei Shoigu arrived in Pyongyang on Wednesday.").put("language", "en")
                .put("source", "Example Wire").put("url", "https://news.example.org/" + UUID.randomUUID())
                .put("publishedAt", "2025-06-04T09:00:00Z");
    }

    private RawHttp.Reply refusedField(String field, String json) {
        RawHttp.Reply reply = service.refusesJson(400, "POST", "/api/articles", json);
        assertThat(reply.json().findValuesAsText("field")).as(reply.body()).contains(field);
        return reply;
    }

    @Test
    void operatorsInQueryNamesAreRefusedNotIgnored() {
        for (String name : new String[]{"title%5B%24ne%5D", "%24where", "q.%24regex", "language%5B%5D", "__proto__.x"}) {
            RawHttp.Reply reply = service.refusesGet(400, "/api/articles?" + name + "=x");
            assertThat(reply.json().path("parameter").asText()).isEqualTo(
                    java.net.URLDecoder.decode(name, StandardCharsets.UTF_8));
            assertThat(reply.detail()).contains("operators such as $ne");
        }
        assertThat(service.refusesGet(400, "/api/articles?limit=1&limit=2").detail()).contains("given 2 times");
        assertThat(service.refusesGet(400, "/api/articles?q=a%00b").detail()).contains("U+0000");
    }

    @Test
    void queryStringsThatAreNotUtf8AndContainerRefusalsAreProblemsToo() {
        for (String query : new String[]{"q=%FF", "q=%C0%80", "q=%ED%A0%80", "%FF=1"}) {
            assertThat(service.refusesGet(400, "/api/articles?" + query).detail()).contains("UTF-8");
        }
        // refused by Tomcat before any filter: still problem+json
        service.refusesGet(400, "/api/articles/a%2Fb");
        service.refusesGet(400, "/api/articles/%00");
        service.refusesGet(400, "/api/articles?q=" + "a".repeat(9000));
    }

    @Test
    void operatorsInBodiesAreRefusedNamingTheField() {
        ObjectNode operatorValue = article();
        operatorValue.set("title", JSON.createObjectNode().put("$gt", ""));
        assertThat(refusedField("title", operatorValue.toString()).detail()).contains("must be a string");

        ObjectNode where = article().put("$where", "sleep(1000)");
        assertThat(refusedField("$where", where.toString()).detail())
                .contains("'$where' is not part of this request", "title", "publishedAt");
        refusedField("title.$gt", article().put("title.$gt", "").toString());
    }

    @Test
    void queryTextIsMatchedLiterallyAndBounded() {
        long started = System.nanoTime();
        RawHttp.Reply bomb = service.http().get("/api/articles?q=" + "(a%2B)%2B%24" + "a".repeat(100));
        assertThat(bomb.status()).isEqualTo(200);
        assertThat(bomb.json().path("articles")).isEmpty();
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
        assertThat(service.refusesGet(400, "/api/articles?q=" + "a".repeat(201)).json().path("parameter").asText())
                .isEqualTo("q");
    }

    @Test
    void malformedAndMistypedBodies() {
        assertThat(service.refusesJson(400, "POST", "/api/articles", "{\"title\": ").detail())
                .contains("not valid JSON", "line 1");
        assertThat(service.refusesJson(400, "POST", "/api/articles", "").detail()).contains("needs a JSON object");
        assertThat(service.refusesJson(400, "POST", "/api/articles", "[1,2]").detail()).contains("must be a JSON object");
        assertThat(service.refusesJson(400, "POST", "/api/articles", article() + "{}").detail())
                .contains("more than one JSON value");
        assertThat(refusedField("title", article().put("title", 42).toString()).detail()).contains("must be a string");
        assertThat(refusedField("url", article().put("url", true).toString()).detail()).contains("must be a string");
        refusedField("body", article().set("body", JSON.createArrayNode().add("a")).toString());
        String duplicate = article().toString().replaceFirst("\\{", "{\"title\":\"first\",");
        assertThat(service.refusesJson(400, "POST", "/api/articles", duplicate).detail()).contains("Duplicate field 'title'");
        String deep = "{\"title\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        service.refusesJson(400, "POST", "/api/articles", deep);
        RawHttp.Reply missing = service.refusesJson(400, "POST", "/api/articles", "{}");
        assertThat(missing.json().findValuesAsText("field")).contains("title", "body", "url", "publishedAt");
    }

    @Test
    void unknownFieldsAreRefusedNamingThem() {
        RawHttp.Reply reply = refusedField("author", article().put("author", "someone").toString());
        assertThat(reply.json().path("title").asText()).isEqualTo("Unknown field");
        assertThat(reply.detail()).contains("the accepted fields are body, language, publishedAt, source, title, url");
    }

    @Test
    void invalidUtf8AndForeignMediaTypes() {
        byte[] valid = article().toString().getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[valid.length + 1];
        int quote = article().toString().indexOf("Shoigu");
        System.arraycopy(valid, 0, broken, 0, quote);
        broken[quote] = (byte) 0xC3;
        System.arraycopy(valid, quote, broken, quote + 1, valid.length - quote);
        assertThat(service.refuses(400, "POST", "/api/articles", "application/json", broken).detail())
                .contains("not valid UTF-8");
        service.refuses(415, "POST", "/api/articles", "text/plain", valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shoigu\u0000", "Shoigu\u0007in", "\u001b[2JShoigu", "Shoigu\u007f", "Sho\u0085igu\u009b",
                            "Shoigu \u202Eaknuorp", "\u2066Shoigu\u2069", "\u202Aembed\u202C"})
    void controlAndBidiCharactersInSingleLineFields(String text) {
        for (String field : new String[]{"title", "source", "url"}) {
            String value = field.equals("url") ? "https://news.example.org/" + text : text;
            RawHttp.Reply reply = refusedField(field, article().put(field, value).toString());
            assertThat(reply.detail()).containsAnyOf("control character", "bidirectional control", "unpaired surrogate");
        }
    }

    @Test
    void unpairedSurrogatesAreNotText() {
        // written as a JSON escape: a lone surrogate has no UTF-8 encoding of its own
        String json = article().put("title", "lone SURROGATE half").toString().replace("SURROGATE", "\\ud800");
        assertThat(refusedField("title", json).detail()).contains("unpaired surrogate (U+D800)");
        refusedField("body", article().put("body", "x SURROGATE").toString().replace("SURROGATE", "\\udfff"));
    }

    @Test
    void theBodyTakesLineBreaksAndTabsButNoOtherControls() {
        refusedField("body", article().put("body", "First line.\u0000").toString());
        refusedField("body", article().put("body", "Bell\u0007").toString());
        RawHttp.Reply accepted = service.survives("POST", "/api/articles", "application/json",
                article().put("body", "First line.\n\tSecond line.\r\nThird, right to left: \u202Eok").toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.status()).isEqualTo(201);
        // a line break in a title is whitespace, collapsed like any other
        RawHttp.Reply collapsed = service.survives("POST", "/api/articles", "application/json",
                article().put("title", "Shoigu\nin\tPyongyang").toString().getBytes(StandardCharsets.UTF_8));
        assertThat(collapsed.json().path("title").asText()).isEqualTo("Shoigu in Pyongyang");
    }

    @Test
    void publicationTimesOutsideTheWindow() {
        String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(refusedField("publishedAt", article().put("publishedAt", inAnHour).toString()).detail())
                .contains("must not be in the future");
        for (String early : new String[]{"0000-01-01", "0000-01-01T00:00:00Z", "1899-12-31", "-0044-03-15"}) {
            assertThat(refusedField("publishedAt", article().put("publishedAt", early).toString()).detail())
                    .contains("must not be before 1900-01-01");
        }
        for (String garbage : new String[]{"yesterday", "2026-02-30", "2026-13-01", "+99999-01-01T00:00:00Z", "1e9"}) {
            refusedField("publishedAt", article().put("publishedAt", garbage).toString());
        }
    }

    @Test
    void onlyHttpUrlsWithAHost() {
        for (String url : new String[]{"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://example.org/",
                                       "http://", "https:///path", "//example.org/x", "https://user:pw@example.org/"}) {
            assertThat(refusedField("url", article().put("url", url).toString()).detail()).contains("url");
        }
    }

    @Test
    void languagesThatDoNotExist() {
        for (String language : new String[]{"xx", "zz", "klingon", "en-US", "$ne"}) {
            refusedField("language", article().put("language", language).toString());
        }
        assertThat(service.refusesGet(400, "/api/articles?language=xx").json().path("parameter").asText())
                .isEqualTo("language");
    }

    @Test
    void sizesAreBoundedByTheServiceItself() {
        assertThat(refusedField("title", article().put("title", "x".repeat(1_000_000)).toString()).detail())
                .contains("at most 500 characters");
        byte[] overMebibyte = article().put("body", "x".repeat(1_100_000)).toString().getBytes(StandardCharsets.UTF_8);
        service.refuses(413, "POST", "/api/articles", "application/json", overMebibyte);
        RawHttp.Reply chunked = service.http().sendChunked("POST", "/api/articles", "application/json",
                () -> new ByteArrayInputStream(article().put("body", "x".repeat(1_500_000)).toString()
                        .getBytes(StandardCharsets.UTF_8)));
        chunked.assertRefused(413);
        assertThat(chunked.detail()).contains("larger than 1048576 bytes");
    }

    @Test
    void hugeLimitsAndForgedCursors() {
        for (String limit : new String[]{"201", "0", "-1", "2147483648", "99999999999999999999", "1e3"}) {
            service.refusesGet(400, "/api/articles?limit=" + limit);
        }
        for (String position : new String[]{"0:$ne", "1:{\"$gt\":\"\"}", "x:" + UUID.randomUUID(), ":", "123", ""}) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
            if (!cursor.isEmpty()) {
                assertThat(service.refusesGet(400, "/api/articles?cursor=" + cursor).json().path("parameter").asText())
                        .isEqualTo("cursor");
            }
        }
        service.refusesGet(400, "/api/articles?cursor=%24ne");
    }
}
