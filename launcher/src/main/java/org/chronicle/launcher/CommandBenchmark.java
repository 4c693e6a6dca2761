package org.chronicle.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * {@code chronicle-launcher.jar bench [articles] [clients] [stream-length]}: submit and revise throughput through
 * the gateway, and revision latency as one article's stream grows, for three article-service configurations run
 * one after the other in this process (aggregate cache and snapshots, no cache, neither), each on a fresh platform
 * with the embedded store. Loopback only; every phase is bounded by its command count.
 */
final class CommandBenchmark {

    record Variant(String name, List<String> javaOptions) {
    }

    record Phase(String name, int commands, int failures, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return commands / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    record Result(Variant variant, Duration startup, Map<String, Long> rss, List<Phase> phases) {
    }

    private static final List<Variant> VARIANTS = List.of(
            new Variant("snapshots every 50, no cache (default)", List.of("-Dchronicle.articles.aggregate-cache=false")),
            new Variant("snapshots every 50 + aggregate cache", List.of("-Dchronicle.articles.aggregate-cache=true")),
            new Variant("neither", List.of("-Dchronicle.articles.aggregate-cache=false",
                                           "-Dchronicle.eventstore.snapshot-threshold=1000000")));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int articles;
    private final int clients;
    private final int streamLength;

    CommandBenchmark(int articles, int clients, int streamLength) {
        this.articles = articles;
        this.clients = clients;
        this.streamLength = streamLength;
    }

    static void run(String[] args, Path servicesDir, Path results) throws Exception {
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int streamLength = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        CommandBenchmark benchmark = new CommandBenchmark(articles, clients, streamLength);
        List<Result> outcomes = new ArrayList<>();
        for (Variant variant : VARIANTS) {
            System.out.printf("bench: variant '%s'%n", variant.name());
            outcomes.add(benchmark.measure(variant, servicesDir));
        }
        String report = report(outcomes, articles, clients, streamLength);
        System.out.println(report);
        Files.createDirectories(results.getParent());
        Files.writeString(results, report + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                          StandardOpenOption.APPEND);
        System.out.println("bench: appended to " + results);
    }

    private Result measure(Variant variant, Path servicesDir) throws Exception {
        Path data = Files.createTempDirectory("chronicle-bench");
        Path noSeeds = Files.createDirectories(data.resolve("no-seeds"));
        PlatformSettings settings = PlatformSettings.onFreePorts(data, servicesDir, noSeeds, null, null,
                                                                 variant.javaOptions());
        try (Platform platform = Platform.start(settings)) {
            String base = platform.gatewayUrl() + "/api/articles";
            String key = platform.adminKey();
            String run = Long.toString(System.nanoTime(), 36);
            phase("warm-up", 200, i -> submit(base, key, "https://bench.example.org/" + run + "/warm/" + i, "Warm " + i));
            Phase submit = phase("submit", articles, i -> submit(base, key, url(run, i), "Title " + i));
            Phase revise = phase("revise", articles, i -> revise(base, key, url(run, i), "Title " + i + " (revised)"));
            String streamUrl = "https://bench.example.org/" + run + "/stream";
            submit(base, key, streamUrl, "Stream 0").send();
            Phase stream = sequential("long stream", streamLength,
                                      i -> revise(base, key, streamUrl, "Stream " + (i + 1)));
            int tail = Math.min(50, streamLength / 2);
            Phase early = slice(stream, "revisions 1-" + tail, 0, tail);
            Phase late = slice(stream, "revisions " + (streamLength - tail + 1) + "-" + streamLength,
                               streamLength - tail, streamLength);
            return new Result(variant, platform.startup(), platform.residentMebibytes(), List.of(submit, revise, early, late));
        }
    }

    /** A prepared call that answers with its status. */
    interface Call {
        int send() throws IOException, InterruptedException;
    }

    private Call submit(String base, String key, String url, String title) {
        return () -> status(HttpRequest.newBuilder(URI.create(base)), key, body(url, title), "POST");
    }

    private Call revise(String base, String key, String url, String title) {
        String id = java.util.UUID.nameUUIDFromBytes(("article:" + url).getBytes(StandardCharsets.UTF_8)).toString();
        return () -> status(HttpRequest.newBuilder(URI.create(base + "/" + id)), key, body(url, title), "PUT");
    }

    private int status(HttpRequest.Builder request, String key, String body, String method)
            throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Api-Key", key).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Phase phase(String name, int commands, IntFunction<Call> calls) throws Exception {
        long[] latencies = new long[commands];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long began = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < commands; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        int status = calls.apply(i).send();
                        latencies[i] = System.nanoTime() - start;
                        if (status >= 300) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Phase phase = new Phase(name, commands, failures.get(), (System.nanoTime() - began) / 1e9, latencies);
        System.out.printf("bench:   %-12s %5d commands in %6.2f s = %7.1f/s, p50 %6.1f ms, p99 %6.1f ms, %d failed%n",
                          name, commands, phase.seconds(), phase.perSecond(), phase.percentileMillis(0.5),
                          phase.percentileMillis(0.99), phase.failures());
        return phase;
    }

    private Phase sequential(String name, int commands, IntFunction<Call> calls) throws Exception {
        int saved = 0;
        long[] latencies = new long[commands];
        int failures = 0;
        long began = System.nanoTime();
        for (int i = 0; i < commands; i++) {
            long start = System.nanoTime();
            if (calls.apply(i).send() >= 300) {
                failures++;
            }
            latencies[i] = System.nanoTime() - start;
            saved++;
        }
        Phase phase = new Phase(name, saved, failures, (System.nanoTime() - began) / 1e9, latencies);
        System.out.printf("bench:   %-12s %5d revisions of one article, p50 %6.1f ms, %d failed%n", name, commands,
                          phase.percentileMillis(0.5), failures);
        return phase;
    }

    private static Phase slice(Phase whole, String name, int from, int to) {
        long[] part = Arrays.copyOfRange(whole.latenciesNanos(), from, to);
        double seconds = Arrays.stream(part).sum() / 1e9;
        return new Phase(name, part.length, 0, seconds, part);
    }

    private static String report(List<Result> results, int articles, int clients, int streamLength) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(String.format("## Commands through the gateway — %s%n%n", Instant.now()));
        out.append(String.format("Machine: %d cores, %d MiB max heap for the client; commit %s; %d articles, %d clients, "
                        + "one article revised %d times in sequence. Embedded store (mongo-java-server, H2 file).%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, gitCommit(),
                articles, clients, streamLength));
        out.append("| variant | start-up | submit/s | submit p50 / p99 ms | revise/s | revise p50 / p99 ms "
                   + "| long stream p50 early → late ms | revise/s vs default | late stream p50 vs default |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        double baseline = results.get(0).phases().get(1).perSecond();
        double lateBaseline = results.get(0).phases().get(3).percentileMillis(0.5);
        for (Result r : results) {
            Phase submit = r.phases().get(0);
            Phase revise = r.phases().get(1);
            Phase early = r.phases().get(2);
            Phase late = r.phases().get(3);
            out.append(String.format("| %s | %.1f s | %.0f | %.1f / %.1f | %.0f | %.1f / %.1f | %.1f → %.1f | %.2f× | %.2f× |%n",
                    r.variant().name(), r.startup().toMillis() / 1000.0, submit.perSecond(),
                    submit.percentileMillis(0.5), submit.percentileMillis(0.99), revise.perSecond(),
                    revise.percentileMillis(0.5), revise.percentileMillis(0.99), early.percentileMillis(0.5),
                    late.percentileMillis(0.5), revise.perSecond() / baseline, late.percentileMillis(0.5) / lateBaseline));
        }
        out.append(String.format("%nResident memory at the end of the default variant (MiB): %s%n", results.get(0).rss()));
        return out.toString();
    }

    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String commit = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? commit : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static String url(String run, int i) {
        return "https://bench.example.org/" + run + "/" + i;
    }

    private static String body(String url, String title) {
        return "{\"title\":\"" + title + "\",\"body\":\"Sergei Shoigu arrived in Pyongyang on Wednesday for talks.\","
                + "\"language\":\"en\",\"source\":\"Bench Wire\",\"url\":\"" + url + "\","
                + "\"publishedAt\":\"2025-06-04T09:00:00Z\"}";
    }
}
