package org.chronicle.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Articles and entities in, timeline entries out: the seed article's entries, merging across languages, revision,
 * retraction, a new entity linking an old mention, an unrelated article yielding nothing, exports and a replay;
 * with the projection in two segments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                // two segments, each composing its categories (TimelinePartitions); TimelinePartitionsTest shows
                // they build what one builds
                properties = {"chronicle.timeline.audit.interval=0", "chronicle.timeline.projection.segments=2"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimelineEntriesFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SEED = "art-seed";
    private static final String WIRE = "art-wire";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", () -> EmbeddedMongo.uri("timeline-entries-flow-test"));
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStorageEngine engine;

    private static StoredEvents events;

    private StoredEvents events() {
        if (events == null) {
            events = new StoredEvents(engine, Instant.now());
        }
        return events;
    }

    private void register(String id, EntityType type, String name, Side side, Map<String, List<String>> aliases) {
        events().append("Entity", id, 0, new EntityRegistered(id, type, name, side, aliases, Map.of()));
    }

    private static ArticleContent seedArticle() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "seeds", "articles", "000_397f05aa001151ac.txt"));
        String body = String.join("\n", lines.subList(lines.subList(1, lines.size()).indexOf("---") + 2, lines.size())).strip();
        return new ArticleContent("Putin a Kim Jong Un: il 2025 ha un \"significato speciale\" per le relazioni", body,
                                  "it", "unknown outlet", "https://seeds.chronicle.invalid/articles/000", "2026-01-01T12:00Z");
    }

    private JsonNode timeline(String query) throws Exception {
        return JSON.readTree(http.getForObject("/api/timeline" + query, String.class));
    }

    private JsonNode await(String query, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode page = timeline(query);
        while (!condition.test(page) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            page = timeline(query);
        }
        assertThat(condition.test(page)).as("timeline%s became %s", query, page).isTrue();
        return page;
    }

    private static List<String> dates(JsonNode page) {
        List<String> dates = new ArrayList<>();
        page.path("entries").forEach(e -> dates.add(e.path("date").asText() + " " + e.path("precision").asText()));
        return dates;
    }

    private static JsonNode entryDated(JsonNode page, String date) {
        for (JsonNode entry : page.path("entries")) {
            if (entry.path("date").asText().equals(date)) {
                return entry;
            }
        }
        throw new AssertionError("no entry dated " + date + " in " + page);
    }

    @Test
    @Order(1)
    void theSeedArticleGivesItsThreeDatedEntriesAndNothingAfterPublication() throws Exception {
        register("ent-putin", EntityType.PERSON, "Vladimir Putin", Side.RUSSIA,
                 Map.of("it", List.of("Putin", "Vladimir Putin"), "ru", List.of("Путин")));
        register("ent-kim", EntityType.PERSON, "Kim Jong Un", Side.DPRK,
                 Map.of("en", List.of("Kim Jong-un"), "ru", List.of("Ким Чен Ын")));
        register("ent-kcna", EntityType.ORGANIZATION, "Korean Central News Agency", Side.DPRK,
                 Map.of("it", List.of("agenzia di stampa centrale coreana", "KCNA")));
        register("ent-russia", EntityType.COUNTRY, "Russia", Side.RUSSIA, Map.of("it", List.of("Russia")));
        register("ent-dprk", EntityType.COUNTRY, "North Korea", Side.DPRK, Map.of("it", List.of("Corea del Nord")));
        register("ent-ukraine", EntityType.COUNTRY, "Ukraine", Side.OTHER, Map.of("it", List.of("Ucraina")));
        register("ent-kursk", EntityType.PLACE, "Kursk region", Side.RUSSIA, Map.of("it", List.of("regione di Kursk")));
        events().pause();
        events().append("Article", SEED, 0, new ArticleSubmitted(SEED, 1, seedArticle(), "h1", "editor"));

        JsonNode page = await("", p -> dates(p).containsAll(List.of("2026-01-01 DAY", "2025-04 MONTH", "2024-06 MONTH")));
        assertThat(dates(page)).allMatch(d -> d.compareTo("2026-01-02") < 0);
        JsonNode telegram = entryDated(page, "2026-01-01");
        assertThat(telegram.path("entities").findValuesAsText("name")).contains("Vladimir Putin", "Korean Central News Agency");
        JsonNode source = telegram.path("sources").get(0);
        assertThat(source.path("dateText").asText()).isEqualTo("giovedì");
        assertThat(source.path("quote").asText()).startsWith("In un telegramma pubblicato giovedì");
        assertThat(source.path("evidence").path("anchor").asText()).isEqualTo("2026-01-01");
        assertThat(source.path("evidence").path("rule").asText()).isNotBlank();
        JsonNode kursk = entryDated(page, "2025-04");
        assertThat(kursk.path("entities").findValuesAsText("name")).contains("Kursk region", "North Korea");
    }

    @Test
    @Order(2)
    void anotherLanguagesReportOfTheSameEventBecomesASecondSource() throws Exception {
        ArticleContent wire = new ArticleContent("Russia and North Korea sign defence treaty",
                "In June 2024, Russia and North Korea signed a treaty with a mutual defence clause.", "en", "Wire",
                "https://wire.example.org/treaty", "2024-06-20T08:00Z");
        events().append("Article", WIRE, 0, new ArticleSubmitted(WIRE, 1, wire, "w1", "editor"));
        JsonNode page = await("?from=2024-06&to=2024-06",
                p -> p.path("entries").size() == 1 && p.path("entries").get(0).path("sources").size() == 2);
        JsonNode sources = page.path("entries").get(0).path("sources");
        assertThat(List.of(sources.get(0).path("language").asText(), sources.get(1).path("language").asText()))
                .containsExactlyInAnyOrder("it", "en");
        assertThat(timeline("?language=en").path("entries")).hasSize(1);
        JsonNode fromWire = timeline("?article=" + WIRE);
        assertThat(fromWire.path("entries")).hasSize(1);
        assertThat(fromWire.path("entries").get(0).path("sources").findValuesAsText("articleId")).contains(WIRE);
        assertThat(timeline("?entity=Путин").path("entries").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(3)
    void aRetractionRemovesItsSourcesAndARevisionReplacesTheArticlesEntries() throws Exception {
        events().append("Article", WIRE, 1, new ArticleRetracted(WIRE, 1, "duplicate", "editor"));
        await("?from=2024-06&to=2024-06", p -> p.path("entries").size() == 1
                && p.path("entries").get(0).path("sources").size() == 1);

        ArticleContent original = seedArticle();
        String withoutKursk = original.body().replace("L’esercito russo ha riferito in aprile", "L’esercito russo ha riferito");
        ArticleContent revised = new ArticleContent(original.title(), withoutKursk, "it", original.source(),
                                                    original.url(), original.publishedAt());
        events().append("Article", SEED, 1, new ArticleRevised(SEED, 2, revised, "h2", "editor"));
        JsonNode page = await("", p -> !dates(p).contains("2025-04 MONTH") && !dates(p).isEmpty());
        assertThat(dates(page)).contains("2026-01-01 DAY", "2024-06 MONTH");

        // what each version did to the timeline: the revision took the April statement away
        JsonNode versions = JSON.readTree(http.getForObject("/api/timeline/articles/" + SEED + "/versions", String.class))
                .path("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("added").findValuesAsText("date")).contains("2026-01-01", "2025-04", "2024-06");
        assertThat(versions.get(1).path("event").asText()).isEqualTo("ArticleRevised");
        assertThat(versions.get(1).path("removed").findValuesAsText("date")).containsExactly("2025-04");
        assertThat(versions.get(1).path("added")).isEmpty();
        JsonNode wire = JSON.readTree(http.getForObject("/api/timeline/articles/" + WIRE + "/versions", String.class));
        assertThat(wire.path("versions").get(1).path("removed").findValuesAsText("date")).containsExactly("2024-06");
        assertThat(http.getForEntity("/api/timeline/articles/no-such-article/versions", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void aNewAliasLinksMentionsAlreadyProjectedAndAnUnrelatedArticleYieldsNothing() throws Exception {
        events().append("Entity", "ent-dprk", 1, new EntityAliasAdded("ent-dprk", "it", "nordcoreani"));
        events().append("Article", "art-floods", 0, new ArticleSubmitted("art-floods", 1, new ArticleContent(
                "Alluvioni in Emilia-Romagna", "Il 16 maggio 2023 il fiume Lamone è esondato a Faenza. "
                + "Giovedì la regione ha chiesto lo stato di emergenza.", "it", "Cronaca",
                "https://cronaca.example.org/alluvioni", "2023-05-20T09:00Z"), "f1", "editor"));
        await("", p -> dates(p).contains("2026-01-01 DAY"));
        assertThat(dates(timeline("?from=2023&to=2023"))).isEmpty();
    }

    @Test
    @Order(5)
    void aMergeFoldsOneEntitysEntriesIntoTheOther() throws Exception {
        events().append("Entity", "ent-kcna", 1, new EntityMerged("ent-kcna", "ent-dprk"));
        JsonNode page = await("", p -> {
            List<String> names = entryDated(p, "2026-01-01").path("entities").findValuesAsText("name");
            return names.contains("North Korea") && !names.contains("Korean Central News Agency");
        });
        assertThat(entryDated(page, "2026-01-01").path("entities").findValuesAsText("id")).contains("ent-dprk");
        // the merged entity's names still find its entries, now the survivor's
        assertThat(dates(timeline("?entity=KCNA"))).contains("2026-01-01 DAY");
    }

    @Test
    @Order(6)
    void sourcesThatDateOneEventToDifferentDaysAreFlagged() throws Exception {
        events().append("Article", "art-ru", 0, new ArticleSubmitted("art-ru", 1, new ArticleContent(
                "Путин прибыл в Пхеньян", "Путин прибыл в Пхеньян 18 июня 2024 года и провёл переговоры с Ким Чен Ыном.",
                "ru", "Вестник", "https://vestnik.example.org/visit", "2024-06-20T08:00+03:00"), "r1", "editor"));
        events().append("Article", "art-en", 0, new ArticleSubmitted("art-en", 1, new ArticleContent(
                "Putin in Pyongyang", "Vladimir Putin arrived in Pyongyang on June 19, 2024 for talks with Kim Jong Un.",
                "en", "Wire", "https://wire.example.org/visit", "2024-06-20T09:00Z"), "e1", "editor"));
        JsonNode page = await("?from=2024-06-18&to=2024-06-19", p -> {
            for (JsonNode entry : p.path("entries")) {
                if (entry.path("sources").size() == 2 && entry.path("dateConflict").asBoolean()) {
                    return true;
                }
            }
            return false;
        });
        assertThat(page.path("entries").findValuesAsText("category")).contains("DIPLOMACY");
    }

    @Test
    @Order(7)
    void exportsCarryTheEntriesInEachFormat() throws Exception {
        JsonNode timelineJs = JSON.readTree(http.getForObject("/api/timeline/export?format=timelinejs", String.class));
        assertThat(timelineJs.path("events").size()).isEqualTo(timeline("").path("entries").size());
        JsonNode june = null;
        for (JsonNode event : timelineJs.path("events")) {
            if (event.path("start_date").path("year").asInt() == 2024 && !event.path("start_date").has("day")) {
                june = event;
            }
        }
        assertThat(june).isNotNull();
        assertThat(june.path("start_date").path("month").asInt()).isEqualTo(6);
        assertThat(june.path("start_date").has("day")).isFalse();
        assertThat(june.path("display_date").asText()).isEqualTo("June 2024");

        ResponseEntity<String> csv = http.exchange("/api/timeline/export?format=csv", HttpMethod.GET, null, String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("id,date,precision,category,title").contains("\"2026-01-01\"");

        String ics = http.getForObject("/api/timeline/export?format=ics", String.class);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20260101")
                       .contains("DTSTART;VALUE=DATE:20240601\r\nDTEND;VALUE=DATE:20240701").endsWith("END:VCALENDAR\r\n");
        assertThat(http.getForEntity("/api/timeline/export?format=pdf", String.class).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    @Order(8)
    void aReplayRebuildsTheSameEntriesWithTheSameIds() throws Exception {
        JsonNode before = timeline("?limit=200");
        assertThat(http.postForEntity("/api/admin/replay", null, String.class).getStatusCode().value()).isEqualTo(202);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!JSON.readTree(http.getForObject("/api/admin/replay", String.class)).path("state").asText().equals("DONE")) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(timeline("?limit=200")).isEqualTo(before);
    }
}
