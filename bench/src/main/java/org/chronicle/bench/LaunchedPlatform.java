package org.chronicle.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a user starts it: {@code java -jar launcher/target/chronicle-launcher.jar} in its own process
 * (embedded store in the launcher's JVM, four service JVMs), here on free loopback ports with a data folder and an
 * API key of the benchmark's own. Stopped with SIGTERM like Ctrl-C, so the launcher stops its services itself.
 */
final class LaunchedPlatform implements AutoCloseable {

    /** The launcher's JVM options as {@code ./chronicle} passes them (LaunchedPlatformTest keeps the two in step). */
    static final String LAUNCHER_JVM_OPTIONS = "-Xmx1536m -XX:+UseSerialGC";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    /** Platforms still running, stopped by a shutdown hook if the run is interrupted (Ctrl-C). */
    private static final java.util.Set<LaunchedPlatform> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (LaunchedPlatform platform : RUNNING) {
                try {
                    platform.close();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-platforms-stop"));
    }

    private final Process process;
    private final Map<String, Integer> ports;
    private final String key;
    private final Path dataDir;
    private final long spawnedNanos;
    private final CountDownLatch running = new CountDownLatch(1);
    private final Deque<String> lastLines = new ArrayDeque<>();
    private volatile long healthyNanos;
    private volatile long runningNanos;

    private LaunchedPlatform(Process process, Map<String, Integer> ports, String key, Path dataDir, long spawnedNanos) {
        this.process = process;
        this.ports = ports;
        this.key = key;
        this.dataDir = dataDir;
        this.spawnedNanos = spawnedNanos;
    }

    /**
     * Starts the launcher and waits until it reports the platform running (services healthy, seeds loaded).
     *
     * @param seedsDir    seeds to load on first start; an empty folder loads none
     * @param javaOptions extra JVM options for every service ({@code CHRONICLE_JAVA_OPTS})
     */
    static LaunchedPlatform start(Path root, Path dataDir, Path seedsDir, List<String> javaOptions)
            throws IOException, InterruptedException {
        return start(root, dataDir, seedsDir, javaOptions, null);
    }

    /**
     * Stops this platform and starts it again on the same data folder, ports and key, with other service options:
     * clients holding its URLs and its store's address keep working.
     */
    LaunchedPlatform restart(Path root, Path seedsDir, List<String> javaOptions) throws IOException, InterruptedException {
        close();
        return start(root, dataDir, seedsDir, javaOptions, this);
    }

    private static LaunchedPlatform start(Path root, Path dataDir, Path seedsDir, List<String> javaOptions,
                                          LaunchedPlatform previous) throws IOException, InterruptedException {
        Path jar = root.resolve("launcher/target/chronicle-launcher.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(root.resolve("launcher/target/services"))) {
            throw new IllegalStateException(jar + " and its services/ are missing: build first (./mvnw -DskipTests package)");
        }
        Files.createDirectories(dataDir);
        Map<String, Integer> ports = new LinkedHashMap<>();
        String key;
        if (previous != null) {
            ports.putAll(previous.ports);
            key = previous.key;
        } else {
            for (String variable : List.of("GATEWAY_PORT", "ARTICLE_SERVICE_PORT", "ENTITY_SERVICE_PORT",
                                           "TIMELINE_SERVICE_PORT", "CHRONICLE_MONGO_PORT")) {
                ports.put(variable, freePort());
            }
            byte[] secret = new byte[16];
            new java.security.SecureRandom().nextBytes(secret);
            key = HexFormat.of().formatHex(secret);
        }

        // profiling aid: -Dbench.launcher.options='-XX:StartFlightRecording=...' (and bench.service.options)
        List<String> command = new java.util.ArrayList<>(List.of(javaExecutable()));
        command.addAll(split(LAUNCHER_JVM_OPTIONS));
        command.addAll(split(System.getProperty("bench.launcher.options", "")));
        command.addAll(List.of("-jar", jar.toString()));
        List<String> serviceOptions = new java.util.ArrayList<>(javaOptions);
        serviceOptions.addAll(split(System.getProperty("bench.service.options", "")));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("CHRONICLE_") || name.equals("MONGODB_URI")
                || name.endsWith("_SERVICE_PORT") || name.equals("GATEWAY_PORT"));
        ports.forEach((variable, port) -> environment.put(variable, String.valueOf(port)));
        environment.put("CHRONICLE_DATA", dataDir.toString());
        environment.put("CHRONICLE_SEEDS", seedsDir.toString());
        environment.put("CHRONICLE_API_KEYS", "bench:admin:" + key);
        // the gateway's rate limit (50 reads/s per address without a key) would measure the limiter, not the platform
        environment.put("CHRONICLE_RATE_LIMIT_ENABLED", "false");
        environment.put("CHRONICLE_JAVA_OPTS", String.join(" ", serviceOptions));
        // before/after comparisons: -Dbench.services=<folder of other service jars>
        String services = System.getProperty("bench.services");
        if (services != null) {
            environment.put("CHRONICLE_SERVICES", services);
        }

        long spawned = System.nanoTime();
        LaunchedPlatform platform = new LaunchedPlatform(builder.start(), ports, key, dataDir, spawned);
        RUNNING.add(platform);
        platform.followOutput();
        platform.awaitRunning();
        return platform;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get("GATEWAY_PORT");
    }

    /** timeline-service's own port: the same endpoints without the gateway. */
    String timelineUrl() {
        return "http://127.0.0.1:" + ports.get("TIMELINE_SERVICE_PORT");
    }

    /** Each service's own base URL, by artifact name (article-service, entity-service, timeline-service, gateway). */
    Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("article-service", "http://127.0.0.1:" + ports.get("ARTICLE_SERVICE_PORT"));
        urls.put("entity-service", "http://127.0.0.1:" + ports.get("ENTITY_SERVICE_PORT"));
        urls.put("timeline-service", timelineUrl());
        urls.put("gateway", gatewayUrl());
        return urls;
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + ports.get("CHRONICLE_MONGO_PORT") + "/chronicle";
    }

    String key() {
        return key;
    }

    /** From starting the launcher's JVM to the last service reporting healthy. */
    Duration untilHealthy() {
        return Duration.ofNanos(healthyNanos - spawnedNanos);
    }

    /** From starting the launcher's JVM to "Chronicle is running" (seeds loaded). */
    Duration untilRunning() {
        return Duration.ofNanos(runningNanos - spawnedNanos);
    }

    /** Resident memory in MiB: the launcher (which holds the embedded store) and each service it started. */
    Map<String, Long> residentMebibytes() {
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("launcher+store", Resident.mebibytes(process.pid()));
        process.descendants().forEach(child -> {
            String name = child.info().arguments().map(LaunchedPlatform::serviceName).orElse("pid " + child.pid());
            rss.put(name, Resident.mebibytes(child.pid()));
        });
        return rss;
    }

    /** CPU time used so far by the launcher and every service, in seconds (from /proc, 0 where missing). */
    double cpuSeconds() {
        double seconds = Resident.cpuSeconds(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            seconds += Resident.cpuSeconds(child.pid());
        }
        return seconds;
    }

    @Override
    public void close() throws InterruptedException {
        RUNNING.remove(this);
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            Progress.say("platform did not stop within %d s; killing it", STOP_TIMEOUT.toSeconds());
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    private void followOutput() throws IOException {
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(dataDir.resolve("launcher.out")), true);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.println(line);
                    remember(line);
                    if (line.contains(": healthy on port")) {
                        healthyNanos = System.nanoTime();
                    } else if (line.startsWith("Chronicle is running")) {
                        runningNanos = System.nanoTime();
                        running.countDown();
                    } else if (line.startsWith("Chronicle could not start")) {
                        Progress.say("platform: %s", line);
                    }
                }
            } catch (IOException e) {
                // the launcher went away; awaitRunning reports it
            } finally {
                log.close();
            }
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
    }

    private synchronized void remember(String line) {
        lastLines.addLast(line);
        if (lastLines.size() > 20) {
            lastLines.removeFirst();
        }
    }

    private void awaitRunning() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!running.await(1, TimeUnit.SECONDS)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                synchronized (this) {
                    throw new IllegalStateException("The platform did not start (data folder " + dataDir + "):\n  "
                            + String.join("\n  ", lastLines));
                }
            }
        }
    }

    private static String serviceName(String[] arguments) {
        for (String argument : arguments) {
            if (argument.endsWith(".jar")) {
                String file = Path.of(argument).getFileName().toString();
                return file.substring(0, file.length() - ".jar".length());
            }
        }
        return "unknown";
    }

    private static List<String> split(String options) {
        return options.isBlank() ? List.of() : List.of(options.strip().split("\\s+"));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** VmRSS and CPU time of a process from /proc (0 once it has gone). */
    static final class Resident {
        /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
        private static final double TICKS_PER_SECOND = 100;

        private Resident() {
        }

        static double cpuSeconds(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                // fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static long mebibytes(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return 0;
            }
            return 0;
        }
    }
}
