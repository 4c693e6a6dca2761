package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        PlatformSettings settings = PlatformSettings.onFreePorts(dataDir, Path.of(System.getProperty("chronicle.services")),
                Path.of(System.getProperty("chronicle.seeds")), uri, "ops:admin:external-test-key",
                List.of("-XX:TieredStopAtLevel=1"));
        int unusedEmbeddedPort = settings.embeddedMongoPort();
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
}
