package org.chronicle.entity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.chronicle.platform.testing.Fuzz;
import org.chronicle.platform.testing.HostileInputSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the entity endpoints over real HTTP, with the event store in the embedded MongoDB: never a 5xx, refusals
 * are problem+json and store nothing, and the service stays healthy. A failure names the seed to replay.
 */
class EntityFuzzTest extends HostileInputSupport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private String existingId;

    @BeforeEach
    void existingEntity() {
        existingId = service.survives("POST", "/api/entities", "application/json",
                registration().toString().getBytes(StandardCharsets.UTF_8)).json().path("id").asText();
        assertThat(existingId).isNotBlank();
    }

    @Test
    void registrationsAndChanges() {
        String entity = "/api/entities/" + existingId;
        Fuzz.run("entity bodies", 300, input -> {
            service.survives("POST", "/api/entities", "application/json", input.bodyAround(registration()));
            service.survives("POST", entity + "/aliases", "application/json",
                             input.bodyAround(NODES.objectNode().put("language", "en").put("alias", "Fuzzy")));
            service.survives("PUT", entity + "/name", "application/json",
                             input.bodyAround(NODES.objectNode().put("name", "Fuzz Person")));
            service.survives("POST", entity + "/merge", "application/json",
                             input.bodyAround(NODES.objectNode().put("into", existingId)));
        });
    }

    @Test
    void listingsAndRemovals() {
        Fuzz.run("entity queries", 400, input -> {
            service.survives("GET", "/api/entities?" + input.query("q", "type", "limit", "cursor"), null, null);
            service.survives("DELETE", "/api/entities/" + existingId + "/aliases/en?" + input.query("alias"), null, null);
        });
    }

    private static ObjectNode registration() {
        ObjectNode entity = NODES.objectNode().put("type", "PERSON").put("name", "Fuzz Person").put("side", "RUSSIA");
        entity.putObject("aliases").putArray("ru").add("Фазз");
        entity.putObject("externalIds").put("wikidata", "Q42");
        return entity;
    }
}
