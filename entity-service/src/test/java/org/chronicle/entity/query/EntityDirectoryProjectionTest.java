package org.chronicle.entity.query;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityAliasRemoved;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityRenamed;
import org.chronicle.api.entity.EntityRetired;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.entity.api.EntityStatus;
import org.chronicle.entity.api.EntityView;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection's handlers called directly against a collection on the embedded MongoDB, via the real driver. */
class EntityDirectoryProjectionTest {

    private static final String ID = "e-putin";
    private static final EntityRegistered REGISTERED = new EntityRegistered(ID, EntityType.PERSON, "Vladimir Putin",
            Side.RUSSIA, Map.of("ru", List.of("Путин"), "it", List.of("Putin")), Map.of("wikidata", "Q7747"));

    private static MongoClient client;
    private static MongoCollection<Document> collection;
    private EntityDirectoryProjection projection;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedMongo.uri("entity-projection-test"));
        collection = client.getDatabase("entity-projection-test").getCollection("entity_directory");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void setUp() {
        collection.deleteMany(new Document());
        projection = new EntityDirectoryProjection(collection);
    }

    private Document stored() {
        return collection.find(eq("_id", ID)).first();
    }

    private EntityView view() {
        return DirectoryDocuments.toView(stored());
    }

    @Test
    void registeredCreatesTheDocumentWithSearchTermsAndSortKey() {
        projection.on(REGISTERED, 0);

        EntityView view = view();
        assertThat(view).isEqualTo(new EntityView(ID, EntityType.PERSON, "Vladimir Putin", Side.RUSSIA,
                Map.of("it", List.of("Putin"), "ru", List.of("Путин")), Map.of("wikidata", "Q7747"),
                EntityStatus.ACTIVE, null, 1));
        assertThat(stored().getString("sortName")).isEqualTo("vladimir putin");
        assertThat(stored().getList("search", String.class))
                .containsExactlyInAnyOrder("vladimir putin", "путин", "putin");
    }

    @Test
    void registeredRedeliveredAfterLaterEventsChangesNothing() {
        projection.on(REGISTERED, 0);
        projection.on(new EntityAliasAdded(ID, "ko", "푸틴"), 1);

        projection.on(REGISTERED, 0);

        assertThat(view().version()).isEqualTo(2);
        assertThat(view().aliases()).containsKey("ko");
    }

    @Test
    void aliasAddedJoinsItsLanguageAndTheSearchTerms() {
        projection.on(REGISTERED, 0);

        projection.on(new EntityAliasAdded(ID, "ru", "Владимир Владимирович"), 1);

        assertThat(view().aliases().get("ru")).containsExactly("Путин", "Владимир Владимирович");
        assertThat(view().version()).isEqualTo(2);
        assertThat(stored().getList("search", String.class)).contains("владимир владимирович");
    }

    @Test
    void aliasAddedRedeliveredIsNotAddedTwice() {
        projection.on(REGISTERED, 0);
        EntityAliasAdded added = new EntityAliasAdded(ID, "ko", "푸틴");

        projection.on(added, 1);
        Document once = stored();
        projection.on(added, 1);

        assertThat(stored()).isEqualTo(once);
        assertThat(view().aliases().get("ko")).containsExactly("푸틴");
    }

    @Test
    void aliasRemovedLeavesTheLanguageAndTheSearchTermsWhenItWasTheLast() {
        projection.on(REGISTERED, 0);

        projection.on(new EntityAliasRemoved(ID, "ru", "Путин"), 1);

        assertThat(view().aliases()).containsOnlyKeys("it");
        assertThat(stored().getList("search", String.class)).doesNotContain("путин");
        assertThat(view().version()).isEqualTo(2);
    }

    @Test
    void aliasRemovedRedeliveredAfterTheAliasCameBackDoesNotRemoveItAgain() {
        projection.on(REGISTERED, 0);
        EntityAliasRemoved removed = new EntityAliasRemoved(ID, "ru", "Путин");
        projection.on(removed, 1);
        projection.on(new EntityAliasAdded(ID, "ru", "Путин"), 2);

        projection.on(removed, 1);

        assertThat(view().aliases().get("ru")).containsExactly("Путин");
        assertThat(view().version()).isEqualTo(3);
    }

    @Test
    void renamedChangesNameSortKeyAndSearchTerms() {
        projection.on(REGISTERED, 0);

        projection.on(new EntityRenamed(ID, "Vladimir Putin", "Vladimir Vladimirovich Putin"), 1);

        assertThat(view().name()).isEqualTo("Vladimir Vladimirovich Putin");
        assertThat(stored().getString("sortName")).isEqualTo("vladimir vladimirovich putin");
        assertThat(stored().getList("search", String.class))
                .contains("vladimir vladimirovich putin").doesNotContain("vladimir putin");
    }

    @Test
    void renamedRedeliveredAfterASecondRenameKeepsTheNewerName() {
        projection.on(REGISTERED, 0);
        EntityRenamed first = new EntityRenamed(ID, "Vladimir Putin", "V. Putin");
        projection.on(first, 1);
        projection.on(new EntityRenamed(ID, "V. Putin", "Vladimir Vladimirovich Putin"), 2);

        projection.on(first, 1);

        assertThat(view().name()).isEqualTo("Vladimir Vladimirovich Putin");
    }

    @Test
    void mergedRecordsStatusAndTarget() {
        projection.on(REGISTERED, 0);

        projection.on(new EntityMerged(ID, "e-other"), 1);
        projection.on(new EntityMerged(ID, "e-other"), 1);

        assertThat(view().status()).isEqualTo(EntityStatus.MERGED);
        assertThat(view().mergedInto()).isEqualTo("e-other");
        assertThat(view().version()).isEqualTo(2);
    }

    @Test
    void retiredRecordsStatus() {
        projection.on(REGISTERED, 0);

        projection.on(new EntityRetired(ID, "duplicate"), 1);
        projection.on(new EntityRetired(ID, "duplicate"), 1);

        assertThat(view().status()).isEqualTo(EntityStatus.RETIRED);
        assertThat(view().mergedInto()).isNull();
        assertThat(view().version()).isEqualTo(2);
    }

    @Test
    void anEventWithoutItsRegistrationIsSkipped() {
        projection.on(new EntityAliasAdded(ID, "ko", "푸틴"), 1);

        assertThat(stored()).isNull();
    }

    @Test
    void resetClearsTheDirectory() {
        projection.on(REGISTERED, 0);

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
    }

    @Test
    void replayAfterResetRebuildsTheSameDocument() {
        projection.on(REGISTERED, 0);
        projection.on(new EntityAliasAdded(ID, "ko", "푸틴"), 1);
        projection.on(new EntityRenamed(ID, "Vladimir Putin", "V. Putin"), 2);
        Document before = stored();

        projection.reset();
        projection.on(REGISTERED, 0);
        projection.on(new EntityAliasAdded(ID, "ko", "푸틴"), 1);
        projection.on(new EntityRenamed(ID, "Vladimir Putin", "V. Putin"), 2);

        assertThat(stored()).isEqualTo(before);
    }
}
