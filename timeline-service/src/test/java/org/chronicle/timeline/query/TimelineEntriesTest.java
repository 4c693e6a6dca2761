package org.chronicle.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.chronicle.timeline.api.TimelineEntry;
import org.chronicle.timeline.api.TimelinePage;
import org.chronicle.timeline.api.TimelineQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters, order and paging over hand-written entry documents, in the shape the extraction is to write. */
class TimelineEntriesTest {

    private static MongoClient client;

    private MongoDatabase database;
    private TimelineEntries entries;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.uri("entries-test"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void setUp() {
        database = client.getDatabase("entries-" + UUID.randomUUID());
        ProjectionStore store = new ProjectionStore(database);
        entries = new TimelineEntries(store);
        store.entities().insertMany(List.of(
                new Document("_id", "e-kim").append("name", "Kim Jong Un")
                        .append("aliases", List.of(new Document("language", "ko").append("alias", "김정은"))),
                new Document("_id", "e-kim2").append("name", "Kim Jong-un").append("status", "MERGED")
                        .append("mergedInto", "e-kim"),
                new Document("_id", "e-putin").append("name", "Vladimir Putin")
                        .append("aliases", List.of(new Document("language", "ru").append("alias", "Путин")))));
        store.entries().insertMany(List.of(
                entry("e-d", "2024-06-19", "DAY", "2024-06-19", "2024-06-19", "MILITARY", "Exercises announced",
                      "e-shoigu", "ko", "Joint drills were announced."),
                entry("e-a", "2023", "YEAR", "2023-01-01", "2023-12-31", "DIPLOMACY", "Lavrov in Pyongyang",
                      "e-putin", "ru", "The minister arrived."),
                entry("e-c", "2024-06-19", "DAY", "2024-06-19", "2024-06-19", "TREATY", "Signing ceremony",
                      "e-kim2", "en", "They signed the treaty in Pyongyang."),
                entry("e-b", "2024-06", "MONTH", "2024-06-01", "2024-06-30", "TREATY", "Treaty signed",
                      "e-kim", "it", "Nel giugno del 2024 il trattato.")));
    }

    @AfterEach
    void tearDown() {
        database.drop();
    }

    @Test
    void everythingInChronologicalOrderWithTiesById() {
        assertThat(ids(query(null, null, null, null, null, null))).containsExactly("e-a", "e-b", "e-c", "e-d");
        TimelineEntry treaty = query(null, null, null, "TREATY", "it", null).entries().get(0);
        assertThat(treaty.date()).isEqualTo("2024-06");
        assertThat(treaty.precision()).isEqualTo("MONTH");
        assertThat(treaty.sources()).singleElement().extracting(TimelineEntry.Source::language).isEqualTo("it");
    }

    @Test
    void aPeriodKeepsEveryEntryItOverlaps() {
        assertThat(ids(query(LocalDate.parse("2024-06-19"), null, null, null, null, null)))
                .containsExactly("e-b", "e-c", "e-d");
        assertThat(ids(query(null, LocalDate.parse("2024-05-31"), null, null, null, null)))
                .containsExactly("e-a");
        assertThat(ids(query(LocalDate.parse("2023-06-01"), LocalDate.parse("2024-06-01"), null, null, null, null)))
                .containsExactly("e-a", "e-b");
    }

    @Test
    void anEntityIsFoundByIdNameOrAliasIncludingWhatWasMergedIntoIt() {
        assertThat(ids(query(null, null, "김정은", null, null, null))).containsExactly("e-b", "e-c");
        assertThat(ids(query(null, null, "kim jong un", null, null, null))).containsExactly("e-b", "e-c");
        assertThat(ids(query(null, null, "e-kim2", null, null, null))).containsExactly("e-b", "e-c");
        assertThat(ids(query(null, null, "Путин", null, null, null))).containsExactly("e-a");
        assertThat(ids(query(null, null, "e-shoigu", null, null, null))).containsExactly("e-d");
        assertThat(ids(query(null, null, "nobody", null, null, null))).isEmpty();
    }

    @Test
    void categoryLanguageAndWords() {
        assertThat(ids(query(null, null, null, "TREATY", null, null))).containsExactly("e-b", "e-c");
        assertThat(ids(query(null, null, null, null, "ko", null))).containsExactly("e-d");
        assertThat(ids(query(null, null, null, null, null, "pyongyang"))).containsExactly("e-a", "e-c");
        assertThat(ids(query(null, null, null, null, null, "(.*)"))).isEmpty();
    }

    @Test
    void pagesFollowTheCursorToTheEnd() {
        TimelinePage first = entries.find(new TimelineQuery(null, null, null, null, null, null, 3, null));
        assertThat(ids(first)).containsExactly("e-a", "e-b", "e-c");
        assertThat(first.nextCursor()).isNotNull();

        TimelinePage second = entries.find(new TimelineQuery(null, null, null, null, null, null, 3,
                                                             first.nextCursor()));
        assertThat(ids(second)).containsExactly("e-d");
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void aForeignCursorIsRefused() {
        assertThatThrownBy(() -> entries.find(new TimelineQuery(null, null, null, null, null, null, 3, "%%%")))
                .isInstanceOf(InvalidParameter.class)
                .extracting(e -> ((InvalidParameter) e).parameter()).isEqualTo("cursor");
    }

    @Test
    void anEntryIsReadById() {
        assertThat(entries.byId("e-c")).get().extracting(TimelineEntry::title).isEqualTo("Signing ceremony");
        assertThat(entries.byId("nope")).isEmpty();
    }

    private TimelinePage query(LocalDate from, LocalDate to, String entity, String category, String language,
                               String q) {
        return entries.find(new TimelineQuery(from, to, entity, category, language, q, 50, null));
    }

    private static List<String> ids(TimelinePage page) {
        return page.entries().stream().map(TimelineEntry::id).toList();
    }

    private static Document entry(String id, String date, String precision, String start, String end,
                                  String category, String title, String entityId, String language, String quote) {
        return new Document("_id", id).append("date", date).append("precision", precision)
                .append("dateStart", start).append("dateEnd", end).append("category", category)
                .append("title", title)
                .append("entities", List.of(new Document("id", entityId).append("name", entityId)
                                                    .append("type", "PERSON")))
                .append("sources", List.of(new Document("articleId", "a-" + id).append("language", language)
                                                   .append("quote", quote).append("dateText", date)));
    }
}
