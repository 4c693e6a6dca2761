package org.chronicle.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the launcher needs to know, read from the environment by {@link #fromEnvironment} or built by tests.
 *
 * @param mongoUri    an external MongoDB deployment, or {@code null} to run the embedded store under the data folder
 * @param apiKeys     {@code CHRONICLE_API_KEYS} as the gateway reads it, or {@code null} to use the data folder's
 *                    generated admin key
 */
public record PlatformSettings(Path dataDir, Path servicesDir, Path seedsDir, String mongoUri, int embeddedMongoPort,
                               Map<Service, Integer> ports, String apiKeys, List<String> javaOptions,
                               String gatewayBindAddress) {

    public enum Service {
        ARTICLE("article-service", 8081), ENTITY("entity-service", 8082), TIMELINE("timeline-service", 8083),
        GATEWAY("gateway", 8080);

        final String artifact;
        final int defaultPort;

        Service(String artifact, int defaultPort) {
            this.artifact = artifact;
            this.defaultPort = defaultPort;
        }

        public String artifact() {
            return artifact;
        }
    }

    static final List<String> DEFAULT_JAVA_OPTIONS = List.of(
            "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");

    public int port(Service service) {
        return ports.get(service);
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + port(Service.GATEWAY);
    }

    public boolean embeddedStore() {
        return mongoUri == null;
    }

    /** The MongoDB URI the services get: the external one, or the embedded store's. */
    public String effectiveMongoUri() {
        return embeddedStore() ? "mongodb://127.0.0.1:" + embeddedMongoPort + "/chronicle" : mongoUri;
    }

    static PlatformSettings fromEnvironment(Map<String, String> env, Path launcherHome) {
        Path dataDir = Path.of(env.getOrDefault("CHRONICLE_DATA", "data")).toAbsolutePath();
        Path servicesDir = Path.of(System.getProperty("chronicle.services",
                env.getOrDefault("CHRONICLE_SERVICES", launcherHome.resolve("services").toString()))).toAbsolutePath();
        Path seedsDir = Path.of(env.getOrDefault("CHRONICLE_SEEDS", "seeds")).toAbsolutePath();
        String mongoUri = blankToNull(env.get("MONGODB_URI"));
        int mongoPort = Integer.parseInt(env.getOrDefault("CHRONICLE_MONGO_PORT", "27027"));
        Map<Service, Integer> ports = new java.util.EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            // ARTICLE_SERVICE_PORT, ENTITY_SERVICE_PORT, TIMELINE_SERVICE_PORT, GATEWAY_PORT
            String variable = service.artifact.toUpperCase().replace('-', '_') + "_PORT";
            ports.put(service, Integer.parseInt(env.getOrDefault(variable, String.valueOf(service.defaultPort))));
        }
        List<String> javaOptions = new java.util.ArrayList<>(DEFAULT_JAVA_OPTIONS);
        String extra = blankToNull(env.get("CHRONICLE_JAVA_OPTS"));
        if (extra != null) {
            javaOptions.addAll(List.of(extra.trim().split("\\s+")));
        }
        return new PlatformSettings(dataDir, servicesDir, seedsDir, mongoUri, mongoPort, ports,
                                    blankToNull(env.get("CHRONICLE_API_KEYS")), javaOptions,
                                    env.getOrDefault("CHRONICLE_GATEWAY_BIND_ADDRESS", "127.0.0.1"));
    }

    /**
     * Settings on free loopback ports with an embedded store port of its own, for tests and benchmarks that run a
     * platform beside anything else on the machine.
     */
    public static PlatformSettings onFreePorts(Path dataDir, Path servicesDir, Path seedsDir, String mongoUri,
                                               String apiKeys, List<String> extraJavaOptions) throws java.io.IOException {
        Map<Service, Integer> ports = new java.util.EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        List<String> javaOptions = new java.util.ArrayList<>(DEFAULT_JAVA_OPTIONS);
        javaOptions.addAll(extraJavaOptions);
        return new PlatformSettings(dataDir, servicesDir, seedsDir, mongoUri, freePort(), ports, apiKeys, javaOptions,
                                    "127.0.0.1");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
