package org.chronicle.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;

/**
 * The seed entities ({@code seeds/entities/*.json}, the bodies the seed loader posts) as the {@code EntityRegistered}
 * events entity-service records for them: the same deterministic ids (Wikidata id, else type and name) and the same
 * normalisation (NFC, collapsed whitespace, languages and schemes sorted, case-insensitive duplicate aliases dropped).
 * {@code BenchQuickIT} checks the result against what the service itself stored.
 */
final class SeedEntities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedEntities() {
    }

    record Body(String type, String name, String side, Map<String, List<String>> aliases, Map<String, String> externalIds) {
    }

    static List<EntityRegistered> registrations(Path seeds) throws IOException {
        List<EntityRegistered> events = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds.resolve("entities"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                List<Body> bodies = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), new TypeReference<>() { });
                bodies.forEach(body -> events.add(registration(body)));
            }
        }
        return events;
    }

    static EntityRegistered registration(Body body) {
        EntityType type = EntityType.valueOf(body.type());
        String name = normalize(body.name());
        Map<String, String> externalIds = new TreeMap<>();
        if (body.externalIds() != null) {
            body.externalIds().forEach((scheme, id) -> externalIds.put(scheme.strip().toLowerCase(Locale.ROOT),
                    scheme.strip().equalsIgnoreCase("wikidata") ? normalize(id).toUpperCase(Locale.ROOT) : normalize(id)));
        }
        Map<String, List<String>> aliases = new TreeMap<>();
        if (body.aliases() != null) {
            body.aliases().forEach((language, names) -> {
                List<String> kept = aliases.computeIfAbsent(language.strip().toLowerCase(Locale.ROOT), l -> new ArrayList<>());
                for (String alias : names) {
                    String normalized = normalize(alias);
                    if (kept.stream().noneMatch(k -> k.toLowerCase(Locale.ROOT).equals(normalized.toLowerCase(Locale.ROOT)))) {
                        kept.add(normalized);
                    }
                }
            });
            aliases.values().removeIf(List::isEmpty);
        }
        String qid = externalIds.get("wikidata");
        String seed = qid != null ? "entity:wikidata:" + qid : "entity:" + type + ":" + name.toLowerCase(Locale.ROOT);
        String id = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
        Side side = body.side() == null ? Side.OTHER : Side.valueOf(body.side());
        return new EntityRegistered(id, type, name, side, aliases, externalIds);
    }

    private static String normalize(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("(?U)\\s+", " ").strip();
    }
}
