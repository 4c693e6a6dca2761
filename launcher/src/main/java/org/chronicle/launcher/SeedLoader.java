package org.chronicle.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads {@code seeds/} through the gateway's public API, so every seeded record is an ordinary event with the
 * same validation as an analyst's submission. Articles first (the seed article is the first thing the platform
 * records), then entities, whose registration links the mentions already projected.
 * A manifest in the data folder remembers which file versions were loaded; the API's own idempotency (an article's
 * URL, an entity's name or Wikidata id) makes a repeated load harmless anyway.
 */
final class SeedLoader {

    record Report(int loaded, int alreadyPresent, int conflicts, int skippedFiles, List<String> failures) {
    }

    private final String gatewayUrl;
    private final String apiKey;
    private final Path manifest;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SeedLoader(String gatewayUrl, String apiKey, Path dataDir) {
        this.gatewayUrl = gatewayUrl;
        this.apiKey = apiKey;
        this.manifest = dataDir.resolve("seeds-loaded.txt");
    }

    Report load(Path seedsDir) throws IOException, InterruptedException {
        Set<String> done = Files.exists(manifest) ? new HashSet<>(Files.readAllLines(manifest)) : new HashSet<>();
        List<Path> entityFiles = files(seedsDir.resolve("entities"), ".json");
        List<Path> articleFiles = files(seedsDir.resolve("articles"), ".txt");
        int[] counts = new int[4];
        List<String> failures = new ArrayList<>();
        int total = entityFiles.size() + articleFiles.size();
        int seen = 0;
        for (Path file : articleFiles) {
            seen++;
            String mark = mark(seedsDir, file);
            if (done.contains(mark)) {
                counts[3]++;
                continue;
            }
            String body;
            try {
                body = json.writeValueAsString(SeedArticle.read(file).fields());
            } catch (IllegalArgumentException malformed) {
                failures.add(malformed.getMessage());
                continue;
            }
            if (post("/api/articles", body, file.toString(), counts, failures)) {
                remember(mark);
            }
            progress(seen, total, file);
        }
        for (Path file : entityFiles) {
            seen++;
            String mark = mark(seedsDir, file);
            if (done.contains(mark)) {
                counts[3]++;
                continue;
            }
            JsonNode entities = json.readTree(file.toFile());
            boolean clean = true;
            for (JsonNode entity : entities.isArray() ? entities : json.createArrayNode().add(entities)) {
                clean &= post("/api/entities", json.writeValueAsString(entity), file + " " + entity.path("name").asText(),
                              counts, failures);
            }
            progress(seen, total, file);
            if (clean) {
                remember(mark);
            }
        }
        return new Report(counts[0], counts[1], counts[2], counts[3], failures);
    }

    private boolean post(String path, String body, String what, int[] counts, List<String> failures)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        switch (response.statusCode()) {
            case 201 -> counts[0]++;
            case 200 -> counts[1]++;
            // on record with other content: an analyst revised or retracted it since; theirs stands
            case 409 -> counts[2]++;
            default -> {
                failures.add(what + ": HTTP " + response.statusCode() + " " + response.body());
                return false;
            }
        }
        return true;
    }

    private static void progress(int seen, int total, Path file) {
        if (seen == total || seen % 10 == 0) {
            System.out.printf("  seeds: %d/%d files (%s)%n", seen, total, file.getFileName());
        }
    }

    private void remember(String mark) throws IOException {
        Files.writeString(manifest, mark + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                          StandardOpenOption.APPEND);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** A file is remembered with its content hash, so an edited seed file is loaded again. */
    private static String mark(Path seedsDir, Path file) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return seedsDir.relativize(file) + " " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
