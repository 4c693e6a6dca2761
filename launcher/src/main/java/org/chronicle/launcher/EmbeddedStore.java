package org.chronicle.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;

/**
 * The embedded default: a MongoDB wire-protocol server (mongo-java-server) in the launcher's process, persisted in
 * one H2 MVStore file under the data folder. Services reach it with the real MongoDB driver like any deployment.
 */
final class EmbeddedStore implements AutoCloseable {

    private final MongoServer server;
    private final Path file;

    private EmbeddedStore(MongoServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    static EmbeddedStore start(Path dataDir, int port) {
        Path file = dataDir.resolve("mongo.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", port);
        return new EmbeddedStore(server, file);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        // shutdown closes the backend, which commits and closes the MVStore file
        server.shutdown();
    }
}
