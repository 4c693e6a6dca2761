package org.chronicle.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
 * Loads {@code seeds/} through the gateway's public API, so every seeded record is an ordinary event that passed
 * the same validation as an analyst's submission: entities first (the timeline links mentions to them), then
 * articles, then the revisions in {@code revisions/} and the retractions in {@code retractions.json}. A manifest
 * in the data folder remembers which file versions were loaded; the API's own idempotency (an article's URL, an
 * entity's Wikidata id or type and name) makes a repeated load harmless anyway.
 */
final class SeedLoader {

    record Report(int loaded, int alreadyPresent, int conflicts, int revised, int retracted, int skippedFiles,
                  List<String> failures) {
    }

    private final String gatewayUrl;
    private final String apiKey;
    private final Path manifest;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private int loaded;
    private int alreadyPresent;
    private int conflicts;
    private int revised;
    private int retracted;
    private int skipped;
    private final List<String> failures = new ArrayList<>();

    SeedLoader(String gatewayUrl, String apiKey, Path dataDir) {
        this.gatewayUrl = gatewayUrl;
        this.apiKey = apiKey;
        this.manifest = dataDir.resolve("seeds-loaded.txt");
    }

    Report load(Path seedsDir) throws IOException, InterruptedException {
        Set<String> done = Files.exists(manifest) ? new HashSet<>(Files.readAllLines(manifest)) : new HashSet<>();
        List<Path> entityFiles = files(seedsDir.resolve("entities"), ".json");
        List<Path> articleFiles = files(seedsDir.resolve("articles"), ".txt");
        List<Path> revisionFiles = files(seedsDir.resolve("revisions"), ".txt");
        Path retractions = seedsDir.resolve("retractions.json");
        List<Path> all = new ArrayList<>(entityFiles);
        all.addAll(articleFiles);
        all.addAll(revisionFiles);
        if (Files.exists(retractions)) {
            all.add(retractions);
        }
        int seen = 0;
        for (Path file : all) {
            seen++;
            String mark = mark(seedsDir, file);
            if (done.contains(mark)) {
                skipped++;
                continue;
            }
            boolean clean;
            try {
                if (entityFiles.contains(file)) {
                    clean = loadEntities(file);
                } else if (articleFiles.contains(file)) {
                    clean = submit(file) != null;
                } else if (revisionFiles.contains(file)) {
                    clean = revise(seedsDir, file);
                } else {
                    clean = retract(seedsDir, file);
                }
            } catch (IllegalArgumentException malformed) {
                failures.add(malformed.getMessage());
                clean = false;
            }
            if (clean) {
                Files.writeString(manifest, mark + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                                  StandardOpenOption.APPEND);
            }
            if (seen == all.size() || seen % 10 == 0) {
                System.out.printf("  seeds: %d/%d files (%s)%n", seen, all.size(), file.getFileName());
            }
        }
        return new Report(loaded, alreadyPresent, conflicts, revised, retracted, skipped, List.copyOf(failures));
    }

    private boolean loadEntities(Path file) throws IOException, InterruptedException {
        JsonNode entities = json.readTree(file.toFile());
        boolean clean = true;
        for (JsonNode entity : entities.isArray() ? entities : json.createArrayNode().add(entities)) {
            HttpResponse<String> response = send("POST", "/api/entities", json.writeValueAsString(entity));
            clean &= counted(response, file + " " + entity.path("name").asText()) != null;
        }
        return clean;
    }

    /** Submits an article file and answers its id, whether it was new, already there, or revised since. */
    private String submit(Path file) throws IOException, InterruptedException {
        String body = json.writeValueAsString(SeedArticle.read(file).fields());
        return counted(send("POST", "/api/articles", body), file.toString());
    }

    private boolean revise(Path seedsDir, Path file) throws IOException, InterruptedException {
        Stored article = idOf(seedsDir, file.getFileName().toString(), file);
        if (article == null) {
            return false;
        }
        HttpResponse<String> response = send("PUT", "/api/articles/" + article.id(),
                                              json.writeValueAsString(SeedArticle.read(file).fields()));
        if (response.statusCode() != 200) {
            failures.add(file + ": HTTP " + response.statusCode() + " " + response.body());
            return false;
        }
        // a revision already applied answers 200 without a new version
        if (json.readTree(response.body()).path("version").asInt() > article.version()) {
            revised++;
        } else {
            alreadyPresent++;
        }
        return true;
    }

    private boolean retract(Path seedsDir, Path file) throws IOException, InterruptedException {
        boolean clean = true;
        for (JsonNode retraction : json.readTree(file.toFile())) {
            String url = retraction.path("url").asText();
            Path article = articleWithUrl(seedsDir, url);
            Stored stored = article == null ? null : idOf(seedsDir, article.getFileName().toString(), file);
            if (stored == null) {
                failures.add(file + ": no seed article has the URL " + url);
                clean = false;
                continue;
            }
            if (stored.retracted()) {
                alreadyPresent++;
                continue;
            }
            String reason = URLEncoder.encode(retraction.path("reason").asText(""), StandardCharsets.UTF_8);
            HttpResponse<String> response = send("DELETE", "/api/articles/" + stored.id() + "?reason=" + reason, null);
            if (response.statusCode() == 200) {
                retracted++;
            } else {
                failures.add(file + " " + url + ": HTTP " + response.statusCode() + " " + response.body());
                clean = false;
            }
        }
        return clean;
    }

    /** An article as a repeated submission reveals it. */
    private record Stored(String id, int version, boolean retracted) {
    }

    /** The article in {@code articles/<name>}: a repeated submission answers it (200, or 409 once revised or retracted). */
    private Stored idOf(Path seedsDir, String articleName, Path referrer) throws IOException, InterruptedException {
        Path original = seedsDir.resolve("articles").resolve(articleName);
        if (!Files.exists(original)) {
            failures.add(referrer + ": no article " + original);
            return null;
        }
        HttpResponse<String> response = send("POST", "/api/articles",
                                              json.writeValueAsString(SeedArticle.read(original).fields()));
        JsonNode answer = json.readTree(response.body());
        return switch (response.statusCode()) {
            case 200, 201 -> new Stored(answer.path("id").asText(), answer.path("version").asInt(),
                                        "RETRACTED".equals(answer.path("status").asText()));
            case 409 -> answer.has("existingId")
                    ? new Stored(answer.path("existingId").asText(), answer.path("currentVersion").asInt(), false)
                    : new Stored(answer.path("articleId").asText(), answer.path("currentVersion").asInt(), true);
            default -> {
                failures.add(referrer + ": cannot find " + original + " (HTTP " + response.statusCode() + ")");
                yield null;
            }
        };
    }

    private Path articleWithUrl(Path seedsDir, String url) throws IOException {
        for (Path article : files(seedsDir.resolve("articles"), ".txt")) {
            if (url.equals(SeedArticle.read(article).fields().get("url"))) {
                return article;
            }
        }
        return null;
    }

    /** Counts a creation's outcome and answers the record's id, or {@code null} (and a failure) if it was refused. */
    private String counted(HttpResponse<String> response, String what) throws IOException {
        JsonNode answer = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        switch (response.statusCode()) {
            case 201 -> loaded++;
            case 200 -> alreadyPresent++;
            // on record with other content: an analyst revised or retracted it since; theirs stands
            case 409 -> {
                conflicts++;
                return answer.path("existingId").asText(answer.path("articleId").asText());
            }
            default -> {
                failures.add(what + ": HTTP " + response.statusCode() + " " + response.body());
                return null;
            }
        }
        return answer.path("id").asText();
    }

    private static final int MAX_THROTTLED_ATTEMPTS = 10;

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", apiKey)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        // 429 (rate limit) and 503 (a service not back in the gateway's rotation yet) come with Retry-After: wait as
        // told, a bounded number of times
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 && response.statusCode() != 503 || attempt == MAX_THROTTLED_ATTEMPTS) {
                return response;
            }
            long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            Thread.sleep(Math.min(seconds, 30) * 1000);
        }
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
