package org.chronicle.entity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.chronicle.entity.config.EntityChangeMetrics;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API over real HTTP, on the embedded MongoDB, with the event store and the directory processor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                // snapshots after a few events, so later commands load aggregates from snapshots too
                properties = "chronicle.eventstore.snapshot-threshold=3")
class EntityApiTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri("entity-web-test"));
    }

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private MongoClient mongo;

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return http.exchange(path, HttpMethod.POST, json(body), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, Object... variables) {
        return http.getForEntity(path, JsonNode.class, variables);
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Chronicle-Actor", "editor-test");
        return new HttpEntity<>(body, headers);
    }

    private static Map<String, Object> putin() {
        return Map.of("type", "PERSON", "name", "Vladimir Putin", "side", "RUSSIA",
                      "aliases", Map.of("it", List.of("Putin"), "ru", List.of("Владимир Путин", "Путин"),
                                        "ko", List.of("블라디미르 푸틴")),
                      "externalIds", Map.of("wikidata", "Q7747"));
    }

    private String register(Map<String, Object> body) {
        ResponseEntity<JsonNode> response = post("/api/entities", body);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
        return response.getBody().get("id").asText();
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(String.valueOf(response.getHeaders().getContentType())).isTrue();
        assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().get("title").asText()).isNotBlank();
        assertThat(response.getBody().get("detail").asText()).isNotBlank();
    }

    private double changes(String change) {
        var counter = meters.find(EntityChangeMetrics.METRIC).tag("change", change).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void registersOnceAndAnswersRepeatsWithTheSameEntity() {
        double registeredBefore = changes("registered");

        ResponseEntity<JsonNode> created = post("/api/entities", putin());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode view = created.getBody();
        String id = view.get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/entities/" + id);
        assertThat(view.get("type").asText()).isEqualTo("PERSON");
        assertThat(view.get("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(view.get("side").asText()).isEqualTo("RUSSIA");
        assertThat(view.get("aliases").get("ru")).hasSize(2);
        assertThat(view.get("externalIds").get("wikidata").asText()).isEqualTo("Q7747");
        assertThat(view.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(view.get("mergedInto").isNull()).isTrue();
        assertThat(view.get("version").asLong()).isEqualTo(1);

        ResponseEntity<JsonNode> repeated = post("/api/entities", putin());
        assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repeated.getBody().get("id").asText()).isEqualTo(id);
        assertThat(repeated.getBody().get("version").asLong()).isEqualTo(1);

        ResponseEntity<JsonNode> read = get("/api/entities/{id}", id);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(read.getBody()).isEqualTo(view);
        assertThat(changes("registered") - registeredBefore).isEqualTo(1);
    }

    @Test
    void otherContentUnderATakenIdIsAConflictNamingIt() {
        Map<String, Object> kim = Map.of("type", "PERSON", "name", "Kim Jong Un", "side", "DPRK",
                                         "externalIds", Map.of("wikidata", "Q56226"));
        String id = register(kim);

        ResponseEntity<JsonNode> conflict = post("/api/entities",
                Map.of("type", "PERSON", "name", "Kim Jong-un", "externalIds", Map.of("wikidata", "Q56226")));

        assertProblem(conflict, HttpStatus.CONFLICT);
        assertThat(conflict.getBody().get("existingId").asText()).isEqualTo(id);
    }

    @Test
    void concurrentTwinRegistrationsCreateOneEntity() throws Exception {
        Map<String, Object> body = Map.of("type", "PLACE", "name", "Rason", "side", "DPRK",
                                          "aliases", Map.of("ko", List.of("라선")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ResponseEntity<JsonNode>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> post("/api/entities", body));
            }
            List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }

            assertThat(responses).extracting(ResponseEntity::getStatusCode)
                    .containsOnly(HttpStatus.CREATED, HttpStatus.OK)
                    .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
            assertThat(responses).extracting(r -> r.getBody().get("id").asText()).containsOnly(
                    responses.get(0).getBody().get("id").asText());
            String id = responses.get(0).getBody().get("id").asText();
            assertThat(get("/api/entities/{id}/events", id).getBody()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void changesAnEntityAndRecordsEveryChangeInItsHistory() {
        String id = register(Map.of("type", "ORGANIZATION", "name", "Korean Central News Agency",
                                    "aliases", Map.of("en", List.of("KCNA"))));

        ResponseEntity<JsonNode> added = post("/api/entities/" + id + "/aliases",
                                              Map.of("language", "ko", "alias", "조선중앙통신"));
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(added.getBody().get("aliases").get("ko").get(0).asText()).isEqualTo("조선중앙통신");

        ResponseEntity<JsonNode> again = post("/api/entities/" + id + "/aliases",
                                              Map.of("language", "EN", "alias", "kcna"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("version").asLong()).isEqualTo(2);

        ResponseEntity<JsonNode> ruAdded = post("/api/entities/" + id + "/aliases",
                                                Map.of("language", "ru", "alias", "ЦТАК"));
        assertThat(ruAdded.getBody().get("aliases").get("ru").get(0).asText()).isEqualTo("ЦТАК");

        ResponseEntity<JsonNode> removed = http.exchange("/api/entities/{id}/aliases/{language}/{alias}",
                HttpMethod.DELETE, json(null), JsonNode.class, id, "ru", "цтак");
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(removed.getBody().get("aliases").has("ru")).isFalse();

        ResponseEntity<JsonNode> absent = http.exchange("/api/entities/{id}/aliases/{language}/{alias}",
                HttpMethod.DELETE, json(null), JsonNode.class, id, "ru", "ЦТАК");
        assertProblem(absent, HttpStatus.NOT_FOUND);

        post("/api/entities/" + id + "/aliases", Map.of("language", "en", "alias", "KCNA/DPRK"));
        ResponseEntity<JsonNode> slashRemoved = http.exchange("/api/entities/{id}/aliases/en?alias={alias}",
                HttpMethod.DELETE, json(null), JsonNode.class, id, "kcna/dprk");
        assertThat(slashRemoved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(slashRemoved.getBody().get("aliases").get("en")).hasSize(1);

        ResponseEntity<JsonNode> renamed = http.exchange("/api/entities/" + id + "/name", HttpMethod.PUT,
                json(Map.of("name", "Korean  Central News Agency (KCNA)")), JsonNode.class);
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(renamed.getBody().get("name").asText()).isEqualTo("Korean Central News Agency (KCNA)");

        ResponseEntity<JsonNode> retired = http.exchange("/api/entities/" + id + "?reason=test", HttpMethod.DELETE,
                                                         json(null), JsonNode.class);
        assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retired.getBody().get("status").asText()).isEqualTo("RETIRED");
        ResponseEntity<JsonNode> retiredAgain = http.exchange("/api/entities/" + id, HttpMethod.DELETE,
                                                              json(null), JsonNode.class);
        assertThat(retiredAgain.getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> afterRetire = post("/api/entities/" + id + "/aliases",
                                                    Map.of("language", "it", "alias", "Agenzia KCNA"));
        assertProblem(afterRetire, HttpStatus.CONFLICT);

        JsonNode events = get("/api/entities/{id}/events", id).getBody();
        assertThat(StreamSupport.stream(events.spliterator(), false).map(e -> e.get("type").asText()).toList())
                .containsExactly("EntityRegistered", "EntityAliasAdded", "EntityAliasAdded", "EntityAliasRemoved",
                                 "EntityAliasAdded", "EntityAliasRemoved", "EntityRenamed", "EntityRetired");
        assertThat(StreamSupport.stream(events.spliterator(), false).map(e -> e.get("sequence").asLong()).toList())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events.get(7).get("payload").get("reason").asText()).isEqualTo("test");
        assertThat(events.get(1).get("metadata").get("actor").asText()).isEqualTo("editor-test");
        assertThat(get("/api/entities/{id}", id).getBody().get("version").asLong()).isEqualTo(8);
        // the later commands above loaded this entity from a snapshot (threshold 3), not only from events
        assertThat(mongo.getDatabase("entity-web-test").getCollection("snapshotevents")
                        .countDocuments(new Document("aggregateIdentifier", id))).isPositive();
    }

    @Test
    void mergesIntoAnActiveEntityOnly() {
        String north = register(Map.of("type", "COUNTRY", "name", "North Korea", "side", "DPRK",
                                       "externalIds", Map.of("wikidata", "Q423")));
        String dprk = register(Map.of("type", "COUNTRY", "name", "DPRK", "side", "DPRK"));
        String spare = register(Map.of("type", "COUNTRY", "name", "Democratic People's Republic of Korea"));

        assertProblem(post("/api/entities/" + dprk + "/merge", Map.of("into", dprk)), HttpStatus.UNPROCESSABLE_ENTITY);
        assertProblem(post("/api/entities/" + dprk + "/merge", Map.of("into", "no-such-entity")),
                      HttpStatus.UNPROCESSABLE_ENTITY);

        ResponseEntity<JsonNode> merged = post("/api/entities/" + dprk + "/merge", Map.of("into", north));
        assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(merged.getBody().get("status").asText()).isEqualTo("MERGED");
        assertThat(merged.getBody().get("mergedInto").asText()).isEqualTo(north);

        JsonNode mergedView = get("/api/entities/{id}", dprk).getBody();
        assertThat(mergedView.get("status").asText()).isEqualTo("MERGED");
        assertThat(mergedView.get("mergedInto").asText()).isEqualTo(north);
        assertThat(get("/api/entities/{id}", north).getBody().get("status").asText()).isEqualTo("ACTIVE");

        // nothing may be merged into an entity that is itself gone
        ResponseEntity<JsonNode> intoMerged = post("/api/entities/" + spare + "/merge", Map.of("into", dprk));
        assertProblem(intoMerged, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(intoMerged.getBody().get("detail").asText()).contains(north);

        ResponseEntity<JsonNode> rename = http.exchange("/api/entities/" + dprk + "/name", HttpMethod.PUT,
                                                        json(Map.of("name", "D.P.R.K.")), JsonNode.class);
        assertProblem(rename, HttpStatus.CONFLICT);
        assertThat(rename.getBody().get("mergedInto").asText()).isEqualTo(north);
    }

    @Test
    void listsAndSearchesEveryScriptOnceTheDirectoryCatchesUp() throws InterruptedException {
        String kursk = register(Map.of("type", "PLACE", "name", "Kursk Oblast", "side", "RUSSIA",
                                       "aliases", Map.of("ru", List.of("Курская область"), "ko", List.of("쿠르스크 주"))));
        register(Map.of("type", "ORGANIZATION", "name", "Kursk Nuclear Power Plant",
                        "aliases", Map.of("ru", List.of("Курская АЭС"))));

        JsonNode cyrillic = awaitListing("/api/entities?q={q}", 1, "курская ОБЛАСТЬ");
        assertThat(cyrillic.get("entities").get(0).get("id").asText()).isEqualTo(kursk);
        JsonNode korean = awaitListing("/api/entities?q={q}", 1, "쿠르스크");
        assertThat(korean.get("entities").get(0).get("id").asText()).isEqualTo(kursk);

        JsonNode both = awaitListing("/api/entities?q={q}", 2, "курск");
        assertThat(both.get("nextCursor").isNull()).isTrue();
        JsonNode places = get("/api/entities?q={q}&type=place", "курск").getBody();
        assertThat(places.get("entities")).hasSize(1);

        JsonNode firstPage = get("/api/entities?q={q}&limit=1", "курск").getBody();
        assertThat(firstPage.get("entities")).hasSize(1);
        String cursor = firstPage.get("nextCursor").asText();
        JsonNode secondPage = get("/api/entities?q={q}&limit=1&cursor={cursor}", "курск", cursor).getBody();
        assertThat(secondPage.get("entities")).hasSize(1);
        assertThat(secondPage.get("entities").get(0).get("id"))
                .isNotEqualTo(firstPage.get("entities").get(0).get("id"));
    }

    private JsonNode awaitListing(String path, int expected, Object... variables) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        JsonNode body;
        do {
            ResponseEntity<JsonNode> response = get(path, variables);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            body = response.getBody();
            if (body.get("entities").size() == expected) {
                return body;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        assertThat(body.get("entities")).as("directory after 15 s").hasSize(expected);
        return body;
    }

    @Test
    void rejectsBadInputWithProblemDetails() {
        ResponseEntity<JsonNode> unknownType = post("/api/entities", Map.of("type", "ALIEN", "name", "Zorg"));
        assertProblem(unknownType, HttpStatus.BAD_REQUEST);
        assertThat(unknownType.getBody().get("field").asText()).isEqualTo("type");
        assertThat(unknownType.getBody().get("detail").asText()).contains("ALIEN", "PERSON");

        ResponseEntity<JsonNode> blankName = post("/api/entities", Map.of("type", "PERSON", "name", "  "));
        assertProblem(blankName, HttpStatus.BAD_REQUEST);
        assertThat(blankName.getBody().get("field").asText()).isEqualTo("name");

        ResponseEntity<JsonNode> badLanguage = post("/api/entities",
                Map.of("type", "PERSON", "name", "Sergei Shoigu", "aliases", Map.of("russian", List.of("Шойгу"))));
        assertProblem(badLanguage, HttpStatus.BAD_REQUEST);
        assertThat(badLanguage.getBody().get("field").asText()).isEqualTo("aliases");

        ResponseEntity<JsonNode> badQid = post("/api/entities",
                Map.of("type", "PERSON", "name", "Sergei Shoigu", "externalIds", Map.of("wikidata", "Shoigu")));
        assertProblem(badQid, HttpStatus.BAD_REQUEST);
        assertThat(badQid.getBody().get("field").asText()).isEqualTo("externalIds.wikidata");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertProblem(http.exchange("/api/entities", HttpMethod.POST, new HttpEntity<>("{\"type\":", headers),
                                    JsonNode.class), HttpStatus.BAD_REQUEST);

        assertProblem(get("/api/entities?limit=0"), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/entities?limit=201"), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/entities?limit=many"), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/entities?type=ALIEN"), HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/entities?cursor=not-a-cursor"), HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertProblem(get("/api/entities/{id}", "00000000-0000-0000-0000-000000000000"), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/entities/{id}/events", "00000000-0000-0000-0000-000000000000"), HttpStatus.NOT_FOUND);
        assertProblem(post("/api/entities/nope/aliases", Map.of("language", "ru", "alias", "Нет")),
                      HttpStatus.NOT_FOUND);
        assertProblem(http.exchange("/api/entities/nope/name", HttpMethod.PUT, json(Map.of("name", "X")),
                                    JsonNode.class), HttpStatus.NOT_FOUND);
        assertProblem(post("/api/entities/nope/merge", Map.of("into", "other")), HttpStatus.NOT_FOUND);
        assertProblem(http.exchange("/api/entities/nope", HttpMethod.DELETE, json(null), JsonNode.class),
                      HttpStatus.NOT_FOUND);
    }
}
