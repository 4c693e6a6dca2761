package org.chronicle.platform.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One in-memory MongoDB wire-protocol server per test JVM; tests reach it through the real MongoDB driver.
 * Each test class names its own database, so classes stay independent while sharing the server.
 */
public final class EmbeddedMongo {

    private static MongoServer server;

    private EmbeddedMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
            port = server.getLocalAddress().getPort();
        }
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    private static int port;
}
