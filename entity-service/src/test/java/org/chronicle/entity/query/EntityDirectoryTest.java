package org.chronicle.entity.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.entity.api.EntityPage;
import org.chronicle.entity.api.EntityView;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityDirectoryTest {

    private static MongoClient client;
    private static EntityDirectory directory;

    @BeforeAll
    static void fill() {
        client = MongoClients.create(EmbeddedMongo.uri("entity-directory-test"));
        MongoCollection<Document> collection = client.getDatabase("entity-directory-test")
                .getCollection("entity_directory");
        collection.deleteMany(new Document());
        EntityDirectoryProjection projection = new EntityDirectoryProjection(collection);
        register(projection, "putin", EntityType.PERSON, "Vladimir Putin",
                 Map.of("ru", List.of("Владимир Путин"), "ko", List.of("블라디미르 푸틴")));
        register(projection, "kim", EntityType.PERSON, "Kim Jong Un",
                 Map.of("ru", List.of("Ким Чен Ын"), "ko", List.of("김정은")));
        register(projection, "kcna", EntityType.ORGANIZATION, "Korean Central News Agency",
                 Map.of("en", List.of("KCNA"), "ko", List.of("조선중앙통신")));
        register(projection, "kursk", EntityType.PLACE, "Kursk", Map.of("ru", List.of("Курск")));
        register(projection, "kursk-org", EntityType.ORGANIZATION, "kursk", Map.of());
        register(projection, "dprk", EntityType.COUNTRY, "North Korea (DPRK)", Map.of("it", List.of("Corea del Nord")));
        register(projection, "treaty", EntityType.AGREEMENT, "Comprehensive Strategic Partnership Treaty",
                 Map.of("ru", List.of("Договор о всеобъемлющем стратегическом партнёрстве")));
        directory = new EntityDirectory(collection);
    }

    private static void register(EntityDirectoryProjection projection, String id, EntityType type, String name,
                                 Map<String, List<String>> aliases) {
        projection.on(new EntityRegistered(id, type, name, Side.OTHER, aliases, Map.of()), 0);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static List<String> ids(EntityPage page) {
        return page.entities().stream().map(EntityView::id).toList();
    }

    @Test
    void listsEverythingByNameThenId() {
        EntityPage page = directory.list(null, null, 50, null);

        assertThat(ids(page)).containsExactly("treaty", "kim", "kcna", "kursk", "kursk-org", "dprk", "putin");
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void matchesCyrillicAliasesRegardlessOfCase() {
        assertThat(ids(directory.list("путин", null, 50, null))).containsExactly("putin");
        assertThat(ids(directory.list("КУРСК", null, 50, null))).containsExactly("kursk");
        assertThat(ids(directory.list("партнёрстве", null, 50, null))).containsExactly("treaty");
    }

    @Test
    void matchesKoreanAliases() {
        assertThat(ids(directory.list("김정은", null, 50, null))).containsExactly("kim");
        assertThat(ids(directory.list("조선", null, 50, null))).containsExactly("kcna");
    }

    @Test
    void matchesNamesAsCaseInsensitiveSubstrings() {
        assertThat(ids(directory.list("JONG", null, 50, null))).containsExactly("kim");
        assertThat(ids(directory.list("kcna", null, 50, null))).containsExactly("kcna");
    }

    @Test
    void treatsQueryTextLiterally() {
        assertThat(ids(directory.list("(DPRK)", null, 50, null))).containsExactly("dprk");
        assertThat(ids(directory.list(".*", null, 50, null))).isEmpty();
        assertThat(ids(directory.list("\\E.*", null, 50, null))).isEmpty();
        assertThat(ids(directory.list("{\"$ne\": null}", null, 50, null))).isEmpty();
    }

    @Test
    void filtersByType() {
        assertThat(ids(directory.list(null, EntityType.ORGANIZATION, 50, null))).containsExactly("kcna", "kursk-org");
        assertThat(ids(directory.list("kursk", EntityType.PLACE, 50, null))).containsExactly("kursk");
    }

    @Test
    void pagesWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        DirectoryCursor cursor = null;
        int pages = 0;
        do {
            EntityPage page = directory.list(null, null, 2, cursor);
            assertThat(page.entities()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(ids(page));
            cursor = page.nextCursor() == null ? null : DirectoryCursor.decode(page.nextCursor());
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(4);
        assertThat(seen).containsExactly("treaty", "kim", "kcna", "kursk", "kursk-org", "dprk", "putin");
    }

    @Test
    void pagesWithinASearch() {
        EntityPage first = directory.list("k", EntityType.ORGANIZATION, 1, null);
        EntityPage second = directory.list("k", EntityType.ORGANIZATION, 1, DirectoryCursor.decode(first.nextCursor()));

        assertThat(ids(first)).containsExactly("kcna");
        assertThat(ids(second)).containsExactly("kursk-org");
        assertThat(second.nextCursor()).isNull();
    }
}
