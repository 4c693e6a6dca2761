package org.chronicle.entity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.chronicle.platform.testing.HostileInputSupport;
import org.chronicle.platform.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against the entity service, reached directly over HTTP: each is refused with the precise 4xx
 * problem naming the field or parameter, stores nothing, and leaves the service healthy.
 */
class HostileInputTest extends HostileInputSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode entity() {
        ObjectNode entity = JSON.createObjectNode().put("type", "PERSON").put("name", "Person " + UUID.randomUUID())
                .put("side", "OTHER");
        entity.putObject("aliases").putArray("ru").add("Персона");
        return entity;
    }

    private String register() {
        RawHttp.Reply created = service.survives("POST", "/api/entities", "application/json",
                entity().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private RawHttp.Reply refusedField(String field, String method, String target, String json) {
        RawHttp.Reply reply = service.refusesJson(400, method, target, json);
        assertThat(reply.json().path("field").asText()).as(reply.body()).isEqualTo(field);
        return reply;
    }

    @Test
    void operatorKeysInMapValuedFields() {
        ObjectNode aliases = entity();
        aliases.putObject("aliases").putArray("$ne").add("x");
        assertThat(refusedField("aliases", "POST", "/api/entities", aliases.toString()).detail())
                .contains("'$ne' is not an ISO 639-1 language code");
        for (String scheme : new String[]{"$where", "a.b", "wikidata.$gt", "Wiki Data"}) {
            ObjectNode ids = entity();
            ids.putObject("externalIds").put(scheme, "x");
            refusedField("externalIds", "POST", "/api/entities", ids.toString());
        }
        ObjectNode operatorName = entity();
        operatorName.putObject("name").put("$ne", "");
        assertThat(refusedField("name", "POST", "/api/entities", operatorName.toString()).detail())
                .contains("must be a string");
        refusedField("into", "POST", "/api/entities/" + register() + "/merge", "{\"into\":{\"$ne\":null}}");
    }

    @Test
    void operatorsInQueryNames() {
        for (String query : new String[]{"type%5B%24ne%5D=PERSON", "%24where=1", "q.%24regex=.*", "name%5B%5D=x"}) {
            assertThat(service.refusesGet(400, "/api/entities?" + query).json().path("parameter").asText()).isNotBlank();
        }
        assertThat(service.http().get("/api/entities?q=" + "(a%2B)%2B%24").status()).isEqualTo(200);
        assertThat(service.refusesGet(400, "/api/entities?q=" + "a".repeat(201)).json().path("parameter").asText())
                .isEqualTo("q");
    }

    @Test
    void bodiesOfTheWrongShape() {
        service.refusesJson(400, "POST", "/api/entities", "{\"type\":\"PERSON\",");
        assertThat(refusedField("aliases.ru", "POST", "/api/entities",
                entity().set("aliases", JSON.createObjectNode().put("ru", "Путин")).toString()).detail())
                .contains("must be an array");
        refusedField("aliases", "POST", "/api/entities", entity().set("aliases", JSON.createArrayNode()).toString());
        refusedField("name", "POST", "/api/entities", entity().put("name", 7).toString());
        refusedField("type", "POST", "/api/entities", entity().put("type", "$ne").toString());
        refusedField("type", "POST", "/api/entities", entity().without("type").toString());
        assertThat(refusedField("nickname", "POST", "/api/entities", entity().put("nickname", "x").toString()).detail())
                .contains("the accepted fields are aliases, externalIds, name, side, type");
        String id = register();
        refusedField("extra", "POST", "/api/entities/" + id + "/aliases", "{\"language\":\"ru\",\"alias\":\"x\",\"extra\":1}");
        refusedField("name", "PUT", "/api/entities/" + id + "/name", "{\"name\":[\"a\"]}");
        service.refusesJson(400, "POST", "/api/entities", "{\"aliases\":" + "{\"a\":".repeat(2000) + "}".repeat(2001));
    }

    @Test
    void controlAndBidiCharactersInNamesAndAliases() {
        for (String text : new String[]{"Kim\u0000", "Kim\u001b", "\u202EnuJ gnoJ miK", "Kim \u2067Jong\u2069"}) {
            assertThat(refusedField("name", "POST", "/api/entities", entity().put("name", text).toString()).detail())
                    .containsAnyOf("control character", "bidirectional control");
            ObjectNode withAlias = entity();
            withAlias.putObject("aliases").putArray("ko").add(text);
            refusedField("aliases.ko", "POST", "/api/entities", withAlias.toString());
        }
        String id = register();
        refusedField("alias", "POST", "/api/entities/" + id + "/aliases",
                JSON.createObjectNode().put("language", "en").put("alias", "\u202Eevil").toString());
        refusedField("name", "PUT", "/api/entities/" + id + "/name", JSON.createObjectNode().put("name", "a\u0000").toString());
        assertThat(service.refuses(400, "DELETE", "/api/entities/" + id + "?reason=bad%07bell", null, null).detail())
                .contains("U+0007");
    }

    @Test
    void aliasCountsAreBoundedPerRequestAndPerEntity() {
        ObjectNode flood = entity();
        ArrayNode many = flood.putObject("aliases").putArray("ru");
        for (int i = 0; i < 100_000; i++) {
            many.add("a" + i);
        }
        long started = System.nanoTime();
        assertThat(refusedField("aliases", "POST", "/api/entities", flood.toString()).detail())
                .contains("At most 500 aliases per entity; 100000 given");
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);

        ObjectNode perLanguage = entity();
        ArrayNode hundredAndOne = perLanguage.putObject("aliases").putArray("it");
        for (int i = 0; i < 101; i++) {
            hundredAndOne.add("alias " + i);
        }
        refusedField("aliases.it", "POST", "/api/entities", perLanguage.toString());

        ObjectNode full = entity();
        ObjectNode aliases = full.putObject("aliases");
        for (String language : List.of("en", "it", "ru", "ko", "fr")) {
            ArrayNode values = aliases.putArray(language);
            for (int i = 0; i < 100; i++) {
                values.add(language + " alias " + i);
            }
        }
        RawHttp.Reply created = service.survives("POST", "/api/entities", "application/json",
                full.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        assertThat(refusedField("alias", "POST", "/api/entities/" + created.json().path("id").asText() + "/aliases",
                "{\"language\":\"de\",\"alias\":\"one too many\"}").detail()).contains("At most 500 aliases per entity");
    }

    @Test
    void valuesOutOfRange() {
        refusedField("name", "POST", "/api/entities", entity().put("name", "x".repeat(201)).toString());
        refusedField("name", "POST", "/api/entities", entity().put("name", "x".repeat(1_000_000)).toString());
        refusedField("side", "POST", "/api/entities", entity().put("side", "NORTH").toString());
        ObjectNode badLanguage = entity();
        badLanguage.putObject("aliases").putArray("klingon").add("x");
        refusedField("aliases", "POST", "/api/entities", badLanguage.toString());
        refusedField("language", "POST", "/api/entities/" + register() + "/aliases", "{\"language\":\"xx\",\"alias\":\"x\"}");
        service.refuses(413, "POST", "/api/entities", "application/json",
                entity().put("name", "x".repeat(1_100_000)).toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void hugeLimitsAndForgedCursors() {
        for (String limit : new String[]{"201", "0", "2147483648", "1e3"}) {
            service.refusesGet(400, "/api/entities?limit=" + limit);
        }
        for (String position : new String[]{"$ne\nx", "x", "\n", UUID.randomUUID() + "\n", UUID.randomUUID() + "\n\u0000",
                                            UUID.randomUUID() + "\n" + "z".repeat(401), "{\"$gt\":\"\"}\nname"}) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
            assertThat(service.refusesGet(400, "/api/entities?cursor=" + cursor).json().path("parameter").asText())
                    .isEqualTo("cursor");
        }
        service.refusesGet(400, "/api/entities?type=%24ne");
    }
}
