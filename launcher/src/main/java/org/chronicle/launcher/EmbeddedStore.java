package org.chronicle.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.MVStore;

/**
 * The embedded default: a MongoDB wire-protocol server (mongo-java-server) in the launcher's process, persisted in
 * one H2 MVStore file under the data folder. Services reach it with the real MongoDB driver like any deployment.
 *
 * <p>The store ignores non-unique indexes, so every query other than by {@code _id} reads the whole collection. Its
 * page cache decides what that costs: H2's default of 16 MB holds about 8k events, and beyond it each scan reads
 * and deserialises the file again (1.4 s per scan of 100k events against 70 ms with the pages cached — bench
 * findings). {@value #DEFAULT_CACHE_MIB} MiB ({@code CHRONICLE_STORE_CACHE_MB}) keeps some 200k events cached; the
 * cache only takes memory as the data grows.
 */
final class EmbeddedStore implements AutoCloseable {

    private final MongoServer server;
    private final Path file;

    private EmbeddedStore(MongoServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    static final int DEFAULT_CACHE_MIB = 256;

    static EmbeddedStore start(Path dataDir, int port) {
        Path file = dataDir.resolve("mongo.mv");
        MVStore pages = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMebibytes(System.getenv())).open();
        MongoServer server = new MongoServer(new H2Backend(pages));
        server.bind("127.0.0.1", port);
        return new EmbeddedStore(server, file);
    }

    static int cacheMebibytes(Map<String, String> environment) {
        String value = environment.get("CHRONICLE_STORE_CACHE_MB");
        return value == null || value.isBlank() ? DEFAULT_CACHE_MIB : Integer.parseInt(value.strip());
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
