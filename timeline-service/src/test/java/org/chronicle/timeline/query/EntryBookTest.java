package org.chronicle.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An article change reads only the entries it can touch, by id: those holding its sources, and per statement those of
 * the category sharing an entity whose period lies within a day of the statement's ({@link EntryIndex}). It writes
 * back only the difference, and the index follows every write — its own at once, another writer's (another
 * instance) through the stored version.
 */
class EntryBookTest {

    private static final LocalDate JUNE_19 = LocalDate.of(2024, 6, 19);
    private static MongoClient client;
    private MongoCollection<Document> entries;
    private StoredVersion state;
    private EntryIndex index;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.uri("entry-book-test"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void setUp() {
        MongoDatabase database = client.getDatabase("book-" + UUID.randomUUID());
        entries = database.getCollection(ProjectionStore.ENTRIES);
        state = new StoredVersion(database.getCollection(ProjectionStore.META), "entries");
        entries.insertMany(List.of(
                entry("e-mine", "DIPLOMACY", "2024-06-19", "2024-06-19", List.of("putin", "kim"), "art-1"),
                entry("e-day-after", "DIPLOMACY", "2024-06-20", "2024-06-20", List.of("kim"), "art-2"),
                entry("e-month", "DIPLOMACY", "2024-06-01", "2024-06-30", List.of("putin"), "art-3"),
                entry("e-two-days-later", "DIPLOMACY", "2024-06-21", "2024-06-21", List.of("kim"), "art-4"),
                entry("e-other-people", "DIPLOMACY", "2024-06-19", "2024-06-19", List.of("lavrov", "choe"), "art-5"),
                entry("e-other-category", "TREATY", "2024-06-19", "2024-06-19", List.of("putin", "kim"), "art-6")));
        index = new EntryIndex(entries, state);
    }

    @Test
    void readsTheArticlesEntriesAndWhatItsStatementsMayJoin() {
        EntryBook book = EntryBook.forArticle(entries, index, "art-1", List.of(reach(List.of("putin", "kim"), JUNE_19)));

        assertThat(ids(book.withSourceFrom("art-1"))).containsExactly("e-mine");
        // in id order; nothing without a shared entity, of another category, or more than a day away
        assertThat(ids(book.inCategory("DIPLOMACY"))).containsExactly("e-day-after", "e-mine", "e-month");
        assertThat(book.inCategory("TREATY")).isEmpty();
    }

    @Test
    void writesBackOnlyWhatChangedAndTheIndexFollows() {
        EntryBook book = EntryBook.forArticle(entries, index, "art-1", List.of(reach(List.of("kim"), JUNE_19.plusDays(1))));
        assertThat(ids(book.inCategory("DIPLOMACY"))).containsExactly("e-day-after", "e-mine", "e-two-days-later");
        book.delete("e-mine");
        book.save(new Document(entries.find(new Document("_id", "e-day-after")).first()).append("title", "changed"));
        book.save(entry("e-new", "DIPLOMACY", "2025-01-10", "2025-01-10", List.of("shoigu"), "art-1"));

        EntryBook.Written written = book.writeTo(entries, index);
        assertThat(written.saved()).containsExactly("e-day-after", "e-new");
        assertThat(written.deleted()).containsExactly("e-mine");
        assertThat(entries.countDocuments()).isEqualTo(6);

        assertThat(index.touchedBy("art-1", List.of())).containsExactly("e-new");
        assertThat(index.touchedBy("art-9", List.of(reach(List.of("shoigu"), LocalDate.of(2025, 1, 11)))))
                .containsExactly("e-new");
        assertThat(index.touchedBy("art-9", List.of(reach(List.of("putin"), JUNE_19)))).containsExactly("e-month");
    }

    @Test
    void entriesWrittenElsewhereAreSeenThroughTheStoredVersion() {
        assertThat(index.touchedBy("art-7", List.of())).isEmpty();
        EntryIndex elsewhere = new EntryIndex(entries, state);
        EntryBook book = EntryBook.forArticle(entries, elsewhere, "art-7", List.of());
        book.save(entry("e-seventh", "MILITARY", "2024-11-01", "2024-11-01", List.of("kim"), "art-7"));
        book.writeTo(entries, elsewhere);

        assertThat(index.touchedBy("art-7", List.of())).containsExactly("e-seventh");
    }

    @Test
    void aClearedCollectionLeavesNothingToTouch() {
        assertThat(index.touchedBy("art-1", List.of())).containsExactly("e-mine");
        entries.deleteMany(new Document());
        index.cleared();
        assertThat(index.touchedBy("art-1", List.of(reach(List.of("putin"), JUNE_19)))).isEmpty();
    }

    @Test
    void aStatementNamingNoEntityReadsNothingBeyondTheArticlesOwnEntries() {
        EntryBook book = EntryBook.forArticle(entries, index, "art-9", List.of(reach(List.of(), JUNE_19)));
        assertThat(book.all()).isEmpty();
    }

    private static EntryBook.Reach reach(List<String> entityIds, LocalDate day) {
        return new EntryBook.Reach("DIPLOMACY", entityIds, day, day);
    }

    private static Document entry(String id, String category, String start, String end, List<String> entityIds,
                                  String articleId) {
        return new Document("_id", id).append("category", category).append("dateStart", start).append("dateEnd", end)
                .append("precision", start.equals(end) ? "DAY" : "MONTH").append("title", id)
                .append("entityIds", entityIds).append("sources", List.of(new Document("articleId", articleId)));
    }

    private static List<String> ids(List<Document> documents) {
        return documents.stream().map(d -> d.getString("_id")).toList();
    }
}
