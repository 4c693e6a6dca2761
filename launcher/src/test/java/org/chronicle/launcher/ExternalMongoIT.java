package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.Test;

/**
 * {@code MONGODB_URI} switches the whole platform to another MongoDB deployment: no embedded store starts, and
 * everything (events, projections, seeds) lands in the named database. The "deployment" here is a separate
 * wire-protocol server, reached through the same driver a real replica set would be.
 */
class ExternalMongoIT {

    @Test
    void theWholePlatformRunsOnTheDeploymentNamedByTheUri() throws Exception {
        MongoServer external = new MongoServer(new MemoryBackend());
        external.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort() + "/elsewhere";
        Path dataDir = Files.createTempDirectory("chronicle-external");
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        List<String> javaOptions = new ArrayList<>(PlatformSettings.DEFAULT_JAVA_OPTIONS);
        javaOptions.add("-XX:TieredStopAtLevel=1");
        int unusedEmbeddedPort = freePort();
        PlatformSettings settings = new PlatformSettings(dataDir, Path.of(System.getProperty("chronicle.services")),
                Path.of(System.getProperty("chronicle.seeds")), uri, unusedEmbeddedPort, ports,
                "ops:admin:external-test-key", javaOptions, "127.0.0.1");
        try (Platform platform = Platform.start(settings)) {
            assertThat(Files.exists(dataDir.resolve("mongo.mv"))).isFalse();
            assertThat(platform.adminKey()).isNull();
            assertThat(platform.seeds().failures()).isEmpty();
            assertThat(platform.seeds().loaded()).isGreaterThanOrEqualTo(1);
            Gateway api = new Gateway(platform.gatewayUrl(), "external-test-key");
            api.await("/api/admin/projection", r -> r.body().path("articles").asInt() >= 1, Duration.ofSeconds(30));
            try (var client = com.mongodb.client.MongoClients.create(uri)) {
                var database = client.getDatabase("elsewhere");
                assertThat(database.getCollection("domainevents").countDocuments()).isGreaterThanOrEqualTo(1);
                assertThat(database.getCollection("timeline_articles").countDocuments()).isGreaterThanOrEqualTo(1);
            }
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new java.net.InetSocketAddress("127.0.0.1", unusedEmbeddedPort));
            }
        } finally {
            external.shutdownNow();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
