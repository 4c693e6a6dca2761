package org.chronicle.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;

/**
 * The embedded default: a MongoDB wire-protocol server (mongo-java-server) in the launcher's process, persisted in
 * one H2 MVStore file under the data folder. Services reach it with the real MongoDB driver like any deployment.
 * It can be stopped and started again on the same port and file, as a store outage would look to the services.
 */
final class EmbeddedStore implements AutoCloseable {

    private final Path file;
    private final int port;
    private MongoServer server;

    private EmbeddedStore(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    static EmbeddedStore start(Path dataDir, int port) {
        EmbeddedStore store = new EmbeddedStore(dataDir.resolve("mongo.mv"), port);
        store.startAgain();
        return store;
    }

    Path file() {
        return file;
    }

    boolean isRunning() {
        return server != null;
    }

    /** Opens the file and listens again; connections the services had before a {@link #stop()} are gone. */
    synchronized void startAgain() {
        if (server != null) {
            throw new IllegalStateException("The embedded store is already running on port " + port);
        }
        MongoServer started = new MongoServer(new H2Backend(file.toString()));
        started.bind("127.0.0.1", port);
        server = started;
    }

    /** Closes every client connection and the file (shutdown commits and closes the MVStore). */
    synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
