package org.chronicle.timeline.query;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityAliasRemoved;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityRenamed;
import org.chronicle.api.entity.EntityRetired;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.platform.testing.EmbeddedMongo;
import org.chronicle.timeline.api.ArticleView;
import org.chronicle.timeline.api.EntityView;
import org.chronicle.timeline.query.SequencedUpdate.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The projection's handlers against a real driver and the in-process MongoDB, one fresh database per test. */
class TimelineProjectionTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    private static MongoClient client;

    private MongoDatabase database;
    private ProjectionStore store;
    private EmbeddedEventStore eventStore;
    private TimelineProjection projection;

    @BeforeAll
    static void connect() {
        EXTRACTOR = new org.chronicle.extraction.StatementExtractor();
        client = MongoClients.create(EmbeddedMongo.uri("projection-test"));
    }

    /** Loads language models: once for the class. */
    private static org.chronicle.extraction.StatementExtractor EXTRACTOR;
    private TimelinePartitions partitions;

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void setUp() {
        database = client.getDatabase("projection-" + UUID.randomUUID());
        store = new ProjectionStore(database);
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        partitions = new TimelinePartitions(store, EXTRACTOR,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
                new org.chronicle.timeline.live.TimelineChanges());
        projection = new TimelineProjection(partitions, eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
        database.drop();
    }

    @Nested
    class Articles {

        @Test
        void submissionCreatesTheArticle() {
            projection.on(submitted("a1", "Treaty signed"), 0, T0);

            ArticleView article = article("a1");
            assertThat(article.title()).isEqualTo("Treaty signed");
            assertThat(article.body()).isEqualTo("Body of Treaty signed");
            assertThat(article.language()).isEqualTo("it");
            assertThat(article.source()).isEqualTo("ANSA");
            assertThat(article.url()).isEqualTo("https://example.org/a1");
            assertThat(article.publishedAt()).isEqualTo("2024-06-19");
            assertThat(article.version()).isEqualTo(1);
            assertThat(article.status()).isEqualTo("ACTIVE");
            assertThat(article.submittedAt()).isEqualTo(T0);
            assertThat(article.revisedAt()).isNull();
            assertThat(article.lastSequence()).isZero();
        }

        @Test
        void redeliveredSubmissionDoesNotUndoALaterRevision() {
            projection.on(submitted("a1", "First"), 0, T0);
            projection.on(revised("a1", 2, "Second"), 1, T0.plusSeconds(60));

            projection.on(submitted("a1", "First"), 0, T0);

            ArticleView article = article("a1");
            assertThat(article.title()).isEqualTo("Second");
            assertThat(article.version()).isEqualTo(2);
            assertThat(article.lastSequence()).isEqualTo(1);
            assertThat(store.articles().countDocuments()).isEqualTo(1);
        }

        @Test
        void revisionReplacesTheContentOnceOnly() {
            projection.on(submitted("a1", "First"), 0, T0);
            projection.on(revised("a1", 2, "Second"), 1, T0.plusSeconds(60));

            // the same sequence number again, whatever it carries, is a redelivery
            projection.on(revised("a1", 2, "Something else"), 1, T0.plusSeconds(120));

            ArticleView article = article("a1");
            assertThat(article.title()).isEqualTo("Second");
            assertThat(article.revisedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(article.submittedAt()).isEqualTo(T0);
        }

        @Test
        void retractionMarksTheArticleAndKeepsItsContent() {
            projection.on(submitted("a1", "First"), 0, T0);
            projection.on(new ArticleRetracted("a1", 2, "duplicate source", "editor"), 1, T0.plusSeconds(30));
            projection.on(new ArticleRetracted("a1", 2, "redelivered", "editor"), 1, T0.plusSeconds(90));

            ArticleView article = article("a1");
            assertThat(article.status()).isEqualTo("RETRACTED");
            assertThat(article.retractionReason()).isEqualTo("duplicate source");
            assertThat(article.retractedAt()).isEqualTo(T0.plusSeconds(30));
            assertThat(article.title()).isEqualTo("First");
            assertThat(article.lastSequence()).isEqualTo(1);
        }
    }

    @Nested
    class Entities {

        @Test
        void registrationKeepsAliasesPerLanguageAndExternalIds() {
            projection.on(registered("e1", "Vladimir Putin"), 0, T0);

            EntityView entity = entity("e1");
            assertThat(entity.type()).isEqualTo("PERSON");
            assertThat(entity.name()).isEqualTo("Vladimir Putin");
            assertThat(entity.side()).isEqualTo("RUSSIA");
            assertThat(entity.aliases()).containsExactly(entry("it", List.of("Putin")),
                                                         entry("ru", List.of("Путин", "В. Путин")));
            assertThat(entity.externalIds()).containsExactly(entry("wikidata", "Q7747"));
            assertThat(entity.status()).isEqualTo("ACTIVE");
            assertThat(entity.registeredAt()).isEqualTo(T0);
            assertThat(entity.lastSequence()).isZero();
        }

        @Test
        void redeliveredRegistrationChangesNothing() {
            projection.on(registered("e1", "Vladimir Putin"), 0, T0);
            projection.on(new EntityRenamed("e1", "Vladimir Putin", "Vladimir V. Putin"), 1, T0.plusSeconds(5));

            projection.on(registered("e1", "Vladimir Putin"), 0, T0);

            assertThat(entity("e1").name()).isEqualTo("Vladimir V. Putin");
            assertThat(entity("e1").lastSequence()).isEqualTo(1);
        }

        @Test
        void aliasesComeAndGoInOrderAndOnlyOnce() {
            projection.on(registered("e1", "Vladimir Putin"), 0, T0);
            projection.on(new EntityAliasAdded("e1", "ko", "푸틴"), 1, T0.plusSeconds(1));
            projection.on(new EntityAliasAdded("e1", "ko", "푸틴"), 1, T0.plusSeconds(1));
            projection.on(new EntityAliasRemoved("e1", "ru", "В. Путин"), 2, T0.plusSeconds(2));
            projection.on(new EntityAliasAdded("e1", "ru", "В. Путин"), 3, T0.plusSeconds(3));
            // a late redelivery of the removal must not remove the alias added after it
            projection.on(new EntityAliasRemoved("e1", "ru", "В. Путин"), 2, T0.plusSeconds(2));

            EntityView entity = entity("e1");
            assertThat(entity.aliases()).containsExactly(entry("it", List.of("Putin")),
                                                         entry("ru", List.of("Путин", "В. Путин")),
                                                         entry("ko", List.of("푸틴")));
            assertThat(entity.lastSequence()).isEqualTo(3);
            assertThat(entity.updatedAt()).isEqualTo(T0.plusSeconds(3));
        }

        @Test
        void mergeAndRetirementSetTheStatus() {
            projection.on(registered("e1", "DPRK"), 0, T0);
            projection.on(registered("e2", "North Korea"), 0, T0);
            projection.on(new EntityMerged("e2", "e1"), 1, T0.plusSeconds(10));
            projection.on(new EntityMerged("e2", "e3"), 1, T0.plusSeconds(20));
            projection.on(new EntityRetired("e1", "duplicate of a country"), 1, T0.plusSeconds(30));

            assertThat(entity("e2").status()).isEqualTo("MERGED");
            assertThat(entity("e2").mergedInto()).isEqualTo("e1");
            assertThat(entity("e1").status()).isEqualTo("RETIRED");
            assertThat(entity("e1").retiredReason()).isEqualTo("duplicate of a country");
        }
    }

    @Nested
    class Gaps {

        @Test
        void aMissingEarlierEventIsReadFromTheStoreBeforeTheLaterOneIsApplied() {
            stored("Entity", "e1", 0, registered("e1", "Kim Jong Un"));
            stored("Entity", "e1", 1, new EntityAliasAdded("e1", "ko", "김정은"));
            stored("Entity", "e1", 2, new EntityRenamed("e1", "Kim Jong Un", "Kim Jong-un"));

            projection.on(registered("e1", "Kim Jong Un"), 0, T0);
            // event 1 never reaches the handler (skipped by the token); event 2 does
            projection.on(new EntityRenamed("e1", "Kim Jong Un", "Kim Jong-un"), 2, T0.plusSeconds(2));

            EntityView entity = entity("e1");
            assertThat(entity.name()).isEqualTo("Kim Jong-un");
            assertThat(entity.aliases()).containsEntry("ko", List.of("김정은"));
            assertThat(entity.lastSequence()).isEqualTo(2);
        }

        @Test
        void anEventWhosePredecessorsAreNowhereIsLeftForTheAuditor() {
            projection.on(new EntityRenamed("e9", "A", "B"), 2, T0);

            assertThat(store.entities().find(eq("_id", "e9")).first()).isNull();
        }

        @Test
        void projectAppliesAStoredEventOnce() {
            GenericDomainEventMessage<ArticleSubmitted> event =
                    new GenericDomainEventMessage<>("Article", "a1", 0, submitted("a1", "Stored"));

            TimelinePartitions.TimelinePartition whole = partitions.current();
            assertThat(projection.project(whole, event)).isEqualTo(Outcome.APPLIED);
            assertThat(projection.project(whole, event)).isEqualTo(Outcome.DUPLICATE);
            assertThat(article("a1").title()).isEqualTo("Stored");
        }
    }

    @Test
    void resetEmptiesTheProjectionEntriesIncluded() {
        projection.on(submitted("a1", "First"), 0, T0);
        projection.on(registered("e1", "Putin"), 0, T0);
        store.entries().insertOne(new Document("_id", "x1").append("title", "written by the extraction"));

        projection.reset();

        assertThat(store.articles().countDocuments()).isZero();
        assertThat(store.entities().countDocuments()).isZero();
        // the entries are composed from articles and entities, so a replay rebuilds them too
        assertThat(store.entries().countDocuments()).isZero();
        // and it projects again afterwards
        projection.on(submitted("a1", "First"), 0, T0);
        assertThat(article("a1").lastSequence()).isZero();
    }

    private void stored(String type, String id, long sequence, Object payload) {
        eventStore.publish(new GenericDomainEventMessage<>(type, id, sequence, payload, Map.of(),
                                                           UUID.randomUUID().toString(),
                                                           T0.plus(sequence, ChronoUnit.SECONDS)));
    }

    private ArticleView article(String id) {
        return ProjectionViews.article(store.articles().find(eq("_id", id)).first());
    }

    private EntityView entity(String id) {
        return ProjectionViews.entity(store.entities().find(eq("_id", id)).first());
    }

    static ArticleSubmitted submitted(String id, String title) {
        return new ArticleSubmitted(id, 1, content(id, title), "hash-" + title, "editor");
    }

    static ArticleRevised revised(String id, int version, String title) {
        return new ArticleRevised(id, version, content(id, title), "hash-" + title, "editor");
    }

    static ArticleContent content(String id, String title) {
        return new ArticleContent(title, "Body of " + title, "it", "ANSA", "https://example.org/" + id, "2024-06-19");
    }

    static EntityRegistered registered(String id, String name) {
        return new EntityRegistered(id, EntityType.PERSON, name, Side.RUSSIA,
                                    mapOf("it", List.of("Putin"), "ru", List.of("Путин", "В. Путин")),
                                    Map.of("wikidata", "Q7747"));
    }

    private static Map<String, List<String>> mapOf(String k1, List<String> v1, String k2, List<String> v2) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
