package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class EmbeddedStoreTest {

    @Test
    void thePageCacheIsLargeUnlessTheEnvironmentSaysOtherwise() {
        assertThat(EmbeddedStore.cacheMebibytes(Map.of())).isEqualTo(EmbeddedStore.DEFAULT_CACHE_MIB).isGreaterThan(16);
        assertThat(EmbeddedStore.cacheMebibytes(Map.of("CHRONICLE_STORE_CACHE_MB", " 64 "))).isEqualTo(64);
    }

    @Test
    void whatIsWrittenSurvivesARestartOfTheStore() throws Exception {
        Path data = Files.createTempDirectory("embedded-store-test");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedStore store = EmbeddedStore.start(data, port);
             MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            client.getDatabase("chronicle").getCollection("things").insertOne(new Document("_id", "kept"));
        }
        try (EmbeddedStore store = EmbeddedStore.start(data, port);
             MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            assertThat(client.getDatabase("chronicle").getCollection("things").find().first()).containsEntry("_id", "kept");
        }
    }
}
