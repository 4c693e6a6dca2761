package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 7's bounded load test: clients, each with its own editor key, submit, revise and query through the gateway
 * for a fixed time per concurrency level, on loopback, and stop by themselves. Per level it reports the rate,
 * p50/p95/p99 per operation, the status classes and the projection's lag sampled every second; afterwards it waits
 * for the projection and checks that every accepted write arrived (nothing lost, nothing twice). The highest rate
 * with zero 5xx is the one the machine sustains.
 * <p>
 * Defaults are sized for CI (levels 2, 4, 8 for 10 s each). For RELIABILITY.md:
 * {@code ./mvnw -o -pl launcher verify -Dit.test=SustainedLoadIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dchronicle.load.levels=1,2,4,8,16 -Dchronicle.load.step-seconds=30}; the report goes to
 * {@code launcher/target/load-report.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SustainedLoadIT {

    enum Operation { SUBMIT, REVISE, QUERY }

    /** Per client, the mix repeats: two submissions, two queries, one revision of the client's own latest article. */
    private static final List<Operation> MIX = List.of(Operation.SUBMIT, Operation.QUERY, Operation.REVISE,
            Operation.SUBMIT, Operation.QUERY);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SUBJECTS = {
        "Vladimir Putin and Kim Jong Un", "Sergei Shoigu and Kim Jong Un", "Sergei Lavrov and Choe Son Hui",
        "Kim Jong Un and Vladimir Putin"};
    private static final String[] ACTS = {"met in Pyongyang", "held talks in Vostochny", "signed a protocol in Moscow",
                                          "discussed military cooperation in Vladivostok"};

    private final int[] levels = Arrays.stream(System.getProperty("chronicle.load.levels", "2,4,8").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    private final Duration step = Duration.ofSeconds(Long.getLong("chronicle.load.step-seconds", 10));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> acceptedVersions = new ConcurrentHashMap<>();
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicReference<Accepted> lastAccepted =
            new java.util.concurrent.atomic.AtomicReference<>();
    private Platform platform;
    private List<String> keys;
    private String adminKey;

    /** A write the gateway answered 2xx, and when. */
    record Accepted(String id, int version, long acceptedNanos) {
    }

    record LevelResult(int clients, double seconds, Map<Operation, List<Long>> latenciesMs,
                       Map<String, Integer> statusClasses, List<Double> lagSeconds) {

        int operations() {
            return latenciesMs.values().stream().mapToInt(List::size).sum();
        }

        double rate() {
            return operations() / seconds;
        }

        int serverErrors() {
            return statusClasses.getOrDefault("5xx", 0) + statusClasses.getOrDefault("io", 0);
        }
    }

    @BeforeAll
    void start() throws Exception {
        int maxClients = Arrays.stream(levels).max().orElse(1);
        keys = IntStream.rangeClosed(1, maxClients).mapToObj(i -> "load-" + i + "-" + java.util.UUID.randomUUID())
                .toList();
        adminKey = "load-admin-" + java.util.UUID.randomUUID();
        String apiKeys = "ops:admin:" + adminKey + "," + IntStream.range(0, keys.size())
                .mapToObj(i -> "load" + (i + 1) + ":editor:" + keys.get(i)).collect(Collectors.joining(","));
        Path dataDir = Files.createTempDirectory("chronicle-load");
        PlatformSettings settings = PlatformSettings.onFreePorts(dataDir, Path.of(System.getProperty("chronicle.services")),
                Path.of(System.getProperty("chronicle.seeds")), null, apiKeys, List.of());
        platform = Platform.start(settings);
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theGatewaySustainsMixedLoadWithoutServerErrorsAndLosesNoWrite() throws Exception {
        List<LevelResult> results = new ArrayList<>();
        for (int clients : levels) {
            System.out.printf("load: %d client(s) for %d s%n", clients, step.toSeconds());
            LevelResult result = runLevel(clients);
            results.add(result);
            System.out.printf("load: %d client(s): %.1f ops/s, statuses %s, projection lag %s%n", clients,
                    result.rate(), result.statusClasses(), lagSummary(result.lagSeconds()));
        }
        long drainStart = System.nanoTime();
        awaitEveryAcceptedWriteProjected(Duration.ofMinutes(3));
        double catchUpSeconds = (System.nanoTime() - drainStart) / 1e9;
        Path report = writeReport(results, catchUpSeconds);
        System.out.println(Files.readString(report));

        for (LevelResult result : results) {
            assertThat(result.serverErrors()).as("5xx or broken connections with %d clients", result.clients())
                    .isZero();
            assertThat(result.statusClasses().getOrDefault("429", 0))
                    .as("each client has its own key, far below its limit").isZero();
            assertThat(result.operations()).as("work done with %d clients", result.clients()).isPositive();
            assertThat(result.lagSeconds()).as("sampled writes became visible within 60 s").allMatch(Double::isFinite);
        }
        assertThat(acceptedVersions).isNotEmpty();
    }

    private LevelResult runLevel(int clients) throws Exception {
        Map<Operation, List<Long>> latencies = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            latencies.put(operation, Collections.synchronizedList(new ArrayList<>()));
        }
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        List<Double> lag = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        long end = System.nanoTime() + step.toNanos();
        long began = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String key = keys.get(c);
                running.add(pool.submit(() -> {
                    String latest = null;
                    int i = 0;
                    while (System.nanoTime() < end) {
                        Operation operation = MIX.get(i++ % MIX.size());
                        if (operation == Operation.REVISE && latest == null) {
                            operation = Operation.SUBMIT;
                        }
                        long start = System.nanoTime();
                        String status;
                        try {
                            HttpResponse<String> response = perform(operation, key, latest);
                            status = classOf(response.statusCode());
                            long acceptedAt = System.nanoTime();
                            if (operation == Operation.SUBMIT && response.statusCode() == 201) {
                                JsonNode body = JSON.readTree(response.body());
                                latest = body.path("id").asText();
                                String url = body.path("url").asText();
                                numbers.put(latest, Integer.parseInt(url.substring(url.lastIndexOf('/') + 1)));
                                acceptedVersions.put(latest, body.path("version").asInt());
                                lastAccepted.set(new Accepted(latest, body.path("version").asInt(), acceptedAt));
                            } else if (operation == Operation.REVISE && response.statusCode() == 200) {
                                int version = JSON.readTree(response.body()).path("version").asInt();
                                acceptedVersions.put(latest, version);
                                lastAccepted.set(new Accepted(latest, version, acceptedAt));
                            }
                        } catch (java.io.IOException broken) {
                            status = "io";
                        }
                        latencies.get(operation).add((System.nanoTime() - start) / 1_000_000);
                        statuses.merge(status, 1, Integer::sum);
                    }
                    return null;
                }));
            }
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Accepted sample = lastAccepted.get();
                    if (sample != null) {
                        lag.add(awaitProjected(sample));
                    }
                    Thread.sleep(200);
                }
                return null;
            }));
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        return new LevelResult(clients, (System.nanoTime() - began) / 1e9, latencies, statuses, lag);
    }

    private HttpResponse<String> perform(Operation operation, String key, String latest) throws Exception {
        String gateway = platform.gatewayUrl();
        HttpRequest.Builder request = switch (operation) {
            case SUBMIT -> HttpRequest.newBuilder(URI.create(gateway + "/api/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString(article(sequence.incrementAndGet(), 0)));
            case REVISE -> HttpRequest.newBuilder(URI.create(gateway + "/api/articles/" + latest))
                    .header("If-Match", "\"" + acceptedVersions.get(latest) + "\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(revision(latest)));
            case QUERY -> HttpRequest.newBuilder(URI.create(gateway + "/api/timeline?limit=20"
                    + (sequence.get() % 2 == 0 ? "&entity=Kim%20Jong%20Un" : ""))).GET();
        };
        return http.send(request.header("X-Api-Key", key).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Article n in the shape analysts submit: a dated sentence naming known entities. */
    private static String article(int n, int revision) throws Exception {
        LocalDate published = LocalDate.of(2025, 1, 1).plusDays(n % 300);
        String text = SUBJECTS[n % SUBJECTS.length] + " " + ACTS[(n / 4) % ACTS.length] + " on "
                + published.minusDays(2).getDayOfMonth() + " " + published.minusDays(2).getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + published.minusDays(2).getYear() + ". Load test article " + n
                + (revision > 0 ? ", revision " + revision + "." : ".");
        return JSON.writeValueAsString(Map.of("title", "Load test report " + n, "body", text, "language", "en",
                "source", "Load", "url", "https://load.example/articles/" + n, "publishedAt", published.toString()));
    }

    private String revision(String articleId) throws Exception {
        // same URL (the article's identity), new body
        return article(numbers.get(articleId), acceptedVersions.get(articleId) + 1);
    }

    private static String classOf(int status) {
        return status == 429 ? "429" : status / 100 + "xx";
    }

    /** Seconds from a write's 2xx until the timeline's projection shows that version (polled every 20 ms). */
    private double awaitProjected(Accepted write) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> projected = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + platform.settings().port(Service.TIMELINE) + "/api/admin/projection/articles/" + write.id()))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (projected.statusCode() == 200 && JSON.readTree(projected.body()).path("version").asInt() >= write.version()) {
                return (System.nanoTime() - write.acceptedNanos()) / 1e9;
            }
            Thread.sleep(20);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Every accepted submission and revision reached the timeline's projection, at exactly its version. */
    private void awaitEveryAcceptedWriteProjected(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Integer> pending = new ConcurrentHashMap<>(acceptedVersions);
        while (!pending.isEmpty()) {
            for (Map.Entry<String, Integer> accepted : List.copyOf(pending.entrySet())) {
                HttpResponse<String> projected = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl()
                        + "/api/admin/projection/articles/" + accepted.getKey())).header("X-Api-Key", adminKey)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (projected.statusCode() == 200) {
                    int version = JSON.readTree(projected.body()).path("version").asInt();
                    assertThat(version).as("projected version of %s", accepted.getKey())
                            .isLessThanOrEqualTo(accepted.getValue());
                    if (version == accepted.getValue()) {
                        pending.remove(accepted.getKey());
                    }
                } else if (projected.statusCode() == 429) {
                    Thread.sleep(1000);
                }
            }
            if (!pending.isEmpty()) {
                assertThat(System.nanoTime()).as("projection caught up with %d article(s) pending", pending.size())
                        .isLessThan(deadline);
                Thread.sleep(250);
            }
        }
        // the event store holds each accepted article exactly once, with one event per accepted version
        for (Map.Entry<String, Integer> accepted : acceptedVersions.entrySet()) {
            HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl()
                    + "/api/articles/" + accepted.getKey() + "/events")).header("X-Api-Key", adminKey).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (events.statusCode() == 429) {
                Thread.sleep(1000);
                continue;
            }
            JsonNode stream = JSON.readTree(events.body());
            JsonNode list = stream.isArray() ? stream : stream.path("events");
            assertThat(list.size()).as("events of %s", accepted.getKey()).isEqualTo(accepted.getValue());
        }
    }

    private Path writeReport(List<LevelResult> results, double catchUpSeconds) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("| clients | ops/s | submit p50/p95/p99 ms | revise p50/p95/p99 ms | query p50/p95/p99 ms | statuses "
                + "| projection lag p50/p99/max ms (samples) |\n|---|---|---|---|---|---|---|\n");
        for (LevelResult r : results) {
            md.append(String.format(java.util.Locale.ROOT, "| %d | %.1f | %s | %s | %s | %s | %s |%n",
                    r.clients(), r.rate(), percentiles(r.latenciesMs().get(Operation.SUBMIT)),
                    percentiles(r.latenciesMs().get(Operation.REVISE)),
                    percentiles(r.latenciesMs().get(Operation.QUERY)), new java.util.TreeMap<>(r.statusClasses()),
                    lagSummary(r.lagSeconds())));
        }
        LevelResult best = results.stream().filter(r -> r.serverErrors() == 0)
                .max(java.util.Comparator.comparingDouble(LevelResult::rate)).orElse(null);
        md.append(String.format(java.util.Locale.ROOT, "%nHighest rate with zero 5xx: %s. Accepted articles: %d; "
                + "after the load the projection had every accepted write within %.1f s.%n",
                best == null ? "none" : String.format(java.util.Locale.ROOT, "%.1f ops/s with %d clients",
                        best.rate(), best.clients()), acceptedVersions.size(), catchUpSeconds));
        Path report = Path.of("target", "load-report.md");
        Files.writeString(report, md.toString());
        return report;
    }

    private static String percentiles(List<Long> samples) {
        if (samples.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return percentile(sorted, 0.50) + "/" + percentile(sorted, 0.95) + "/" + percentile(sorted, 0.99);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String lagSummary(List<Double> seconds) {
        if (seconds.isEmpty()) {
            return "-";
        }
        List<Long> sorted = seconds.stream().map(s -> Math.round(s * 1000)).sorted().toList();
        return percentile(sorted, 0.50) + "/" + percentile(sorted, 0.99) + "/" + sorted.get(sorted.size() - 1)
                + " (" + sorted.size() + ")";
    }
}
