package org.chronicle.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.MVStore;

/**
 * The embedded default: a MongoDB wire-protocol server (mongo-java-server) in the launcher's process, persisted in
 * one H2 MVStore file under the data folder. Services reach it with the real MongoDB driver like any deployment.
 * It can be stopped and started again on the same port and file, as a store outage would look to the services.
 *
 * <p>The store ignores non-unique indexes, so every query other than by {@code _id} reads the whole collection. Its
 * page cache decides what that costs: H2's default of 16 MB holds about 8k events, and beyond it each scan reads
 * and deserialises the file again (1.4 s per scan of 100k events against 70 ms with the pages cached — bench
 * findings). {@value #DEFAULT_CACHE_MIB} MiB ({@code CHRONICLE_STORE_CACHE_MB}) keeps some 200k events cached; the
 * cache only takes memory as the data grows.
 */
final class EmbeddedStore implements AutoCloseable {

    static final int DEFAULT_CACHE_MIB = 256;

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

    static int cacheMebibytes(Map<String, String> environment) {
        String value = environment.get("CHRONICLE_STORE_CACHE_MB");
        return value == null || value.isBlank() ? DEFAULT_CACHE_MIB : Integer.parseInt(value.strip());
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
        MVStore pages = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMebibytes(System.getenv())).open();
        MongoServer started = new MongoServer(new H2Backend(pages));
        started.bind("127.0.0.1", port);
        server = started;
    }

    /** Closes every client connection and the file (shutdown closes the backend, which commits and closes the MVStore). */
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
