package org.chronicle.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.chronicle.platform.command.RetryingCommandSender;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared Axon event store on MongoDB. The axon-mongo Spring Boot autoconfiguration is not published for Axon
 * 4.12, so the storage engine and token store are wired here; Axon's own autoconfiguration then builds the
 * {@code eventBus} (an embedded event store) around this engine.
 *
 * <p>All services point at the same database: article-service and entity-service append to it, timeline-service
 * streams from it. Each service imports this class explicitly.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class MongoEventStoreConfiguration {

    /** The database named in the URI (default {@code chronicle}): the event store and every projection live there. */
    @Bean
    public MongoDatabase chronicleDatabase(MongoClient mongoClient, @Value("${spring.data.mongodb.uri}") String uri) {
        String database = new ConnectionString(uri).getDatabase();
        return mongoClient.getDatabase(database == null ? "chronicle" : database);
    }

    /**
     * Fail fast while the store is unreachable: requests then answer 503 within this timeout, and the driver finds
     * the store again by itself once it is back (no restart of the service).
     */
    @Bean
    public MongoClientSettingsBuilderCustomizer storeOutageTimeout(EventStoreProperties properties,
                                                                   @Value("${spring.data.mongodb.uri}") String uri) {
        return settings -> {
            if (new ConnectionString(uri).getServerSelectionTimeout() == null) {
                settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
            }
        };
    }

    @Bean
    public MongoTemplate axonMongoTemplate(MongoDatabase chronicleDatabase) {
        return DefaultMongoTemplate.builder().mongoDatabase(chronicleDatabase).build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 EventStoreProperties properties) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer())
                .storageStrategy(properties.avoidScans()
                        ? new ScanAvoidingStorageStrategy(EventEntryConfiguration.getDefault(), properties.lookBack())
                        : new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(), properties.lookBack()))
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .batchSize(properties.batchSize())
                .build();
        // the unique (aggregateIdentifier, sequenceNumber) index is what makes concurrent appends conflict
        engine.ensureIndexes();
        return engine;
    }

    /**
     * Axon's own event store bean (as its autoconfiguration builds it: same metrics name and spans), but with the
     * fetch delay from {@code chronicle.eventstore.fetch-delay}: the one setting that decides how soon this service
     * sees what other services append.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine eventStorageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(eventStorageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis())
                .build();
    }

    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer,
                                 EventStoreProperties properties) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .claimTimeout(properties.claimTimeout())
                .build();
    }

    @Bean
    public EventHistory eventHistory(EventStore eventStore) {
        return new EventHistory(eventStore);
    }

    @Bean
    public RetryingCommandSender retryingCommandSender(CommandGateway commandGateway, MeterRegistry meterRegistry) {
        return new RetryingCommandSender(commandGateway, meterRegistry, 3);
    }

    /** Snapshot after this many events since the last one; aggregates opt in by naming this bean. */
    @Bean
    public SnapshotTriggerDefinition aggregateSnapshotTrigger(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    /**
     * Aggregates keep their state in private fields without getters; snapshots must see those fields, so they get
     * a Jackson mapper that reads fields, not the message serializer's bean conventions.
     */
    static Serializer snapshotSerializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }
}
