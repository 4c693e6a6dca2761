package org.chronicle.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.api.entity.EntityRegistered;

/**
 * Are the generated event documents what the services write? For every seed entity the platform registered and a
 * sample of the articles submitted through the gateway, the document the services stored is compared with the one
 * {@link AxonEvents} builds for the same input: same fields in the same order with the same BSON types, the same
 * payload (as JSON), the same metadata keys and actor, and a timestamp in the same text form.
 */
final class Fidelity {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fidelity() {
    }

    static void check(Bench bench, LaunchedPlatform platform, List<SyntheticArticles.Article> submitted) throws Exception {
        AxonEvents format = new AxonEvents("bench");
        int checked = 0;
        List<String> differences = new ArrayList<>();
        try (MongoClient client = MongoClients.create(platform.mongoUri())) {
            MongoCollection<Document> events = client.getDatabase("chronicle").getCollection(AxonEvents.COLLECTION);
            for (EntityRegistered entity : bench.entities) {
                checked++;
                compare(events, format.event("Entity", entity.entityId(), 0, entity, Instant.now()), differences);
            }
            for (SyntheticArticles.Article article : submitted.subList(0, Math.min(20, submitted.size()))) {
                checked++;
                compare(events, format.event("Article", article.id(), 0, new ArticleSubmitted(article.id(), 1,
                        article.content(), article.contentHash(), format.actor()), Instant.now()), differences);
            }
        }
        Result result = Result.against("generator.format", checked - differences.size(), "documents", checked);
        bench.record(differences.isEmpty() ? result.noted("generated documents equal the services' own")
                                           : result.noted("first difference: " + differences.get(0)));
    }

    private static void compare(MongoCollection<Document> events, Document generated, List<String> differences)
            throws Exception {
        String id = generated.getString("aggregateIdentifier");
        Document stored = events.find(and(eq("aggregateIdentifier", id), eq("sequenceNumber", 0L))).first();
        String difference = stored == null ? id + ": not in the store" : difference(stored, generated);
        if (difference != null) {
            differences.add(difference);
        }
    }

    static String difference(Document stored, Document generated) throws Exception {
        List<String> storedFields = new ArrayList<>(stored.keySet());
        storedFields.remove("_id");
        String id = generated.getString("aggregateIdentifier");
        if (!storedFields.equals(new ArrayList<>(generated.keySet()))) {
            return id + ": fields " + storedFields + " vs " + generated.keySet();
        }
        for (String field : storedFields) {
            Object a = stored.get(field);
            Object b = generated.get(field);
            if (a != null && b != null && a.getClass() != b.getClass() || (a == null) != (b == null)) {
                return id + ": " + field + " is " + type(a) + " in the store, " + type(b) + " generated";
            }
        }
        for (String field : List.of("aggregateIdentifier", "type", "sequenceNumber", "payloadType", "payloadRevision")) {
            if (!Objects.equals(stored.get(field), generated.get(field))) {
                return id + ": " + field + " " + stored.get(field) + " vs " + generated.get(field);
            }
        }
        JsonNode storedPayload = JSON.readTree(stored.getString("serializedPayload"));
        if (!storedPayload.equals(JSON.readTree(generated.getString("serializedPayload")))) {
            return id + ": payload " + storedPayload + " vs " + generated.getString("serializedPayload");
        }
        JsonNode storedMeta = JSON.readTree(stored.getString("serializedMetaData"));
        JsonNode generatedMeta = JSON.readTree(generated.getString("serializedMetaData"));
        List<String> storedKeys = new ArrayList<>();
        storedMeta.fieldNames().forEachRemaining(storedKeys::add);
        List<String> generatedKeys = new ArrayList<>();
        generatedMeta.fieldNames().forEachRemaining(generatedKeys::add);
        if (!new java.util.TreeSet<>(storedKeys).equals(new java.util.TreeSet<>(generatedKeys))
                || !storedMeta.path("actor").equals(generatedMeta.path("actor"))) {
            return id + ": metadata " + storedMeta + " vs " + generatedMeta;
        }
        String pattern = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
        if (!stored.getString("timestamp").matches(pattern) || !generated.getString("timestamp").matches(pattern)) {
            return id + ": timestamp " + stored.get("timestamp") + " vs " + generated.get("timestamp");
        }
        return null;
    }

    private static String type(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
