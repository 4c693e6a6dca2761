package org.chronicle.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chronicle.launcher.PlatformSettings.Service;

/**
 * The whole platform on one machine: the embedded store (unless {@code MONGODB_URI} names a deployment), the three
 * services and the gateway, each in its own JVM, then the seeds. {@link #close()} stops it in reverse order.
 */
public final class Platform implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final PlatformSettings settings;
    private final String adminKey;
    private final FileLock dataLock;
    private final EmbeddedStore store;
    private final List<ServiceProcess> processes;
    private final SeedLoader.Report seeds;
    private final Duration startup;

    private Platform(PlatformSettings settings, String adminKey, FileLock dataLock, EmbeddedStore store,
                     List<ServiceProcess> processes, SeedLoader.Report seeds, Duration startup) {
        this.settings = settings;
        this.adminKey = adminKey;
        this.dataLock = dataLock;
        this.store = store;
        this.processes = processes;
        this.seeds = seeds;
        this.startup = startup;
    }

    public static Platform start(PlatformSettings settings) throws IOException, InterruptedException {
        return start(settings, Map.of());
    }

    /**
     * Starts the platform with {@code instances} processes of the named services (others: one). The first instance
     * of a service listens on its configured port, the others on free ports; the gateway gets every instance in its
     * list and balances over the healthy ones. Instance {@code n > 1} is named {@code <service>-n} (and so is its log).
     */
    public static Platform start(PlatformSettings settings, Map<Service, Integer> instances)
            throws IOException, InterruptedException {
        long began = System.nanoTime();
        Files.createDirectories(settings.dataDir().resolve("logs"));
        FileLock lock = lockDataFolder(settings.dataDir());
        EmbeddedStore store = null;
        List<ServiceProcess> processes = new ArrayList<>();
        try {
            checkPortsFree(settings);
            if (settings.embeddedStore()) {
                store = EmbeddedStore.start(settings.dataDir(), settings.embeddedMongoPort());
                System.out.printf("  store: embedded, file=%s, uri=%s%n", store.file(), settings.effectiveMongoUri());
            } else {
                System.out.println("  store: external MongoDB from MONGODB_URI (embedded store not started)");
            }
            String adminKey = settings.apiKeys() == null ? AdminKey.readOrCreate(settings.dataDir()) : null;
            String apiKeys = settings.apiKeys() != null ? settings.apiKeys() : "admin:admin:" + adminKey;

            Map<String, String> environment = new HashMap<>();
            environment.put("MONGODB_URI", settings.effectiveMongoUri());
            if ("json".equalsIgnoreCase(System.getenv("CHRONICLE_LOG_FORMAT"))) {
                environment.put("SPRING_PROFILES_ACTIVE", "json-logs");
            }
            Map<Service, List<String>> instanceUris = new java.util.EnumMap<>(Service.class);
            for (Service service : List.of(Service.ARTICLE, Service.ENTITY, Service.TIMELINE)) {
                int count = Math.max(1, instances.getOrDefault(service, 1));
                Map<String, String> serviceEnvironment = new HashMap<>(environment);
                if (service == Service.TIMELINE && count > 1) {
                    // one projection segment per instance (applies on a fresh data folder: timeline-service README)
                    serviceEnvironment.putIfAbsent("CHRONICLE_TIMELINE_PROJECTION_SEGMENTS", String.valueOf(count));
                }
                for (int n = 1; n <= count; n++) {
                    int port = n == 1 ? settings.port(service) : freePort();
                    processes.add(ServiceProcess.start(n == 1 ? service.artifact() : service.artifact() + "-" + n,
                            jar(settings, service), port, settings.javaOptions(), List.of(), serviceEnvironment,
                            settings.dataDir().resolve("logs")));
                    instanceUris.computeIfAbsent(service, s -> new ArrayList<>()).add("http://127.0.0.1:" + port);
                }
            }
            Map<String, String> gatewayEnvironment = new HashMap<>(environment);
            gatewayEnvironment.put("CHRONICLE_API_KEYS", apiKeys);
            gatewayEnvironment.put("ARTICLE_SERVICE_URI", String.join(",", instanceUris.get(Service.ARTICLE)));
            gatewayEnvironment.put("ENTITY_SERVICE_URI", String.join(",", instanceUris.get(Service.ENTITY)));
            gatewayEnvironment.put("TIMELINE_SERVICE_URI", String.join(",", instanceUris.get(Service.TIMELINE)));
            processes.add(ServiceProcess.start(Service.GATEWAY.artifact(), jar(settings, Service.GATEWAY),
                    settings.port(Service.GATEWAY), settings.javaOptions(),
                    List.of("--server.address=" + settings.gatewayBindAddress()), gatewayEnvironment,
                    settings.dataDir().resolve("logs")));
            awaitHealthy(processes);
            awaitRoutable(settings.gatewayUrl());

            String seedKey = adminKey != null ? adminKey : firstWriterKey(settings.apiKeys());
            SeedLoader.Report seeds = new SeedLoader(settings.gatewayUrl(), seedKey, settings.dataDir())
                    .load(settings.seedsDir());
            return new Platform(settings, adminKey, lock, store, processes,
                                seeds, Duration.ofNanos(System.nanoTime() - began));
        } catch (IOException | InterruptedException | RuntimeException failure) {
            stopAll(processes);
            if (store != null) {
                store.close();
            }
            lock.release();
            throw failure;
        }
    }

    public String gatewayUrl() {
        return settings.gatewayUrl();
    }

    /** The generated admin key of the embedded default, or {@code null} when keys come from CHRONICLE_API_KEYS. */
    public String adminKey() {
        return adminKey;
    }

    public SeedLoader.Report seeds() {
        return seeds;
    }

    public Duration startup() {
        return startup;
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** Resident memory per process in MiB, the launcher (with the embedded store) included. */
    public Map<String, Long> residentMebibytes() {
        Map<String, Long> rss = new java.util.LinkedHashMap<>();
        rss.put("launcher+store", ServiceProcess.residentMebibytes("self"));
        processes.forEach(p -> rss.put(p.name(), p.residentMebibytes()));
        return rss;
    }

    List<ServiceProcess> processes() {
        return processes;
    }

    /** SIGKILL to the service's process, as a crash would: nothing is shut down cleanly. */
    void kill(Service service) throws InterruptedException {
        process(service).kill();
    }

    /** Every process running the service, first instance first. */
    List<ServiceProcess> instances(Service service) {
        return processes.stream().filter(p -> p.name().equals(service.artifact())
                || p.name().startsWith(service.artifact() + "-")).toList();
    }

    /** Starts a stopped or killed service again with the same command, port and environment; returns once healthy. */
    void restart(Service service) throws IOException, InterruptedException {
        ServiceProcess process = process(service);
        process.startAgain();
        process.awaitHealthy(HEALTH_TIMEOUT);
    }

    /** Stops the embedded store as an outage would look to the services: every connection drops, the port closes. */
    void stopStore() {
        embeddedStore().stop();
    }

    /** Starts the embedded store again on the same port and file; the services must reconnect by themselves. */
    void startStore() {
        embeddedStore().startAgain();
    }

    private ServiceProcess process(Service service) {
        return processes.stream().filter(p -> p.name().equals(service.artifact())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No process runs " + service.artifact()));
    }

    private EmbeddedStore embeddedStore() {
        if (store == null) {
            throw new IllegalStateException("The platform runs on an external MongoDB (MONGODB_URI), not the embedded store");
        }
        return store;
    }

    @Override
    public void close() throws InterruptedException, IOException {
        stopAll(processes);
        if (store != null) {
            store.close();
        }
        dataLock.release();
        dataLock.channel().close();
    }

    private static void stopAll(List<ServiceProcess> processes) throws InterruptedException {
        // gateway first, so nothing new comes in while the services finish what they have
        List<ServiceProcess> reversed = new ArrayList<>(processes);
        java.util.Collections.reverse(reversed);
        for (ServiceProcess process : reversed) {
            process.stop(STOP_GRACE);
        }
    }

    private static void awaitHealthy(List<ServiceProcess> processes) throws InterruptedException {
        ExecutorService waiters = Executors.newFixedThreadPool(processes.size());
        try {
            List<Future<?>> waits = new ArrayList<>();
            for (ServiceProcess process : processes) {
                waits.add(waiters.submit(() -> {
                    process.awaitHealthy(HEALTH_TIMEOUT);
                    System.out.printf("  %s: healthy on port %d (pid %d)%n", process.name(), process.port(), process.pid());
                    return null;
                }));
            }
            for (Future<?> wait : waits) {
                try {
                    wait.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            waiters.shutdownNow();
        }
    }

    /**
     * Healthy services are not yet usable through the gateway: it probes them every 2 s and routes only to those
     * that answered. Ready means a read of each service through the gateway answers 200.
     */
    private static void awaitRoutable(String gatewayUrl) throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        for (String path : List.of("/api/articles?limit=1", "/api/entities?limit=1", "/api/timeline?limit=1")) {
            java.net.http.HttpRequest read = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(5)).build();
            int status = 0;
            while (status != 200) {
                try {
                    status = http.send(read, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    status = 0;
                }
                if (status != 200) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The gateway does not route " + path + " (last status "
                                + status + ") within " + HEALTH_TIMEOUT.toSeconds() + " s");
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path jar(PlatformSettings settings, Service service) {
        return settings.servicesDir().resolve(service.artifact() + ".jar");
    }

    /** Two launchers on one data folder would corrupt the store file; the second one is refused. */
    private static FileLock lockDataFolder(Path dataDir) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another Chronicle is running on " + dataDir);
        }
        return lock;
    }

    private static void checkPortsFree(PlatformSettings settings) {
        List<Integer> ports = new ArrayList<>(settings.ports().values());
        if (settings.embeddedStore()) {
            ports.add(settings.embeddedMongoPort());
        }
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", port));
            } catch (IOException inUse) {
                throw new IllegalStateException("Port " + port + " is in use (an earlier Chronicle still running?). "
                        + "Stop it, or choose other ports with GATEWAY_PORT, ARTICLE_SERVICE_PORT, ENTITY_SERVICE_PORT, "
                        + "TIMELINE_SERVICE_PORT, CHRONICLE_MONGO_PORT.");
            }
        }
    }

    private static String firstWriterKey(String apiKeys) {
        for (String entry : apiKeys.split(",")) {
            String[] parts = entry.strip().split(":");
            String role = parts.length == 3 ? parts[1] : parts[0];
            if (role.equals("admin") || role.equals("editor")) {
                return parts[parts.length - 1];
            }
        }
        throw new IllegalStateException("CHRONICLE_API_KEYS has no admin or editor key to load the seeds with");
    }
}
