package org.chronicle.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;

/**
 * Event documents exactly as Axon's {@code MongoEventStorageEngine} (document per event) writes them to
 * {@code domainevents}: learnt from a store the services wrote (field order, the timestamp as text with
 * milliseconds, the sequence number as a 64-bit integer, payload and metadata as JSON text from Axon's
 * {@code JacksonSerializer}, which for these records writes what a plain {@link ObjectMapper} writes).
 * {@code BenchQuickIT} compares them with what the services store for the same articles and entities.
 */
final class AxonEvents {

    static final String COLLECTION = "domainevents";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String actor;

    /** @param actor the API key's name the services would have recorded as {@code actor} and in the payloads */
    AxonEvents(String actor) {
        this.actor = actor;
    }

    String actor() {
        return actor;
    }

    Document event(String aggregateType, String aggregateId, long sequence, Object payload, Instant at) {
        return new Document("aggregateIdentifier", aggregateId)
                .append("type", aggregateType)
                .append("sequenceNumber", sequence)
                .append("serializedPayload", json(payload))
                .append("timestamp", TIMESTAMP.format(at))
                .append("payloadType", payload.getClass().getName())
                .append("payloadRevision", null)
                .append("serializedMetaData", json(Map.of("actor", actor, "requestId", UUID.randomUUID().toString())))
                .append("eventIdentifier", UUID.randomUUID().toString());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value, e);
        }
    }
}
