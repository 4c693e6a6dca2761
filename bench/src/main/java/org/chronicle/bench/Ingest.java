package org.chronicle.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.chronicle.api.article.ArticleSubmitted;

/**
 * Measurement 2: articles per second submitted through the gateway by concurrent clients, against the raw MongoDB
 * driver inserting the same articles' {@code ArticleSubmitted} event documents, with as many threads, into the same
 * store (a scratch collection with Axon's two indexes, so the platform's own collections stay as they were). The
 * raw rate is measured before and after the gateway run and averaged.
 */
final class Ingest {

    static final String RAW_COLLECTION = "bench_rawevents";

    private Ingest() {
    }

    static List<SyntheticArticles.Article> run(Bench bench, LaunchedPlatform platform) throws Exception {
        int count = bench.scale.ingestArticles();
        int clients = bench.scale.ingestClients();
        SyntheticArticles generator = new SyntheticArticles(bench.entities, "ingest-" + Long.toString(System.nanoTime(), 36));
        List<SyntheticArticles.Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(generator.article(i));
        }
        Progress.say("ingest: %d articles, %d concurrent clients, through the gateway and raw into the same store",
                     count, clients);
        AxonEvents format = new AxonEvents("bench");
        double rawBefore;
        double rawAfter;
        Latencies gatewayLatencies = new Latencies();
        double gatewayRate;
        try (MongoClient client = MongoClients.create(platform.mongoUri())) {
            MongoCollection<Document> raw = client.getDatabase("chronicle").getCollection(RAW_COLLECTION);
            rawBefore = rawInserts(raw, format, articles, clients);
            Api api = new Api(platform.gatewayUrl(), platform.key());
            StoreTime storeTime = StoreTime.enabled() ? StoreTime.start(platform) : null;
            gatewayRate = concurrently(articles.size(), clients, i -> {
                long sent = System.nanoTime();
                int status = api.submit(articles.get(i).content());
                gatewayLatencies.add(System.nanoTime() - sent);
                return status == 201;
            });
            if (storeTime != null) {
                storeTime.report("the gateway ingest");
            }
            rawAfter = rawInserts(raw, format, articles, clients);
            raw.drop();
        }
        Progress.say("  raw before %.0f/s, gateway %.1f/s, raw after %.0f/s", rawBefore, gatewayRate, rawAfter);
        bench.record(Result.against("ingest.throughput", gatewayRate, "articles/s", (rawBefore + rawAfter) / 2)
                .target(Result.Target.RATIO, ">=", 0.5));
        bench.record(Result.of("ingest.latency.p50", gatewayLatencies.percentileMillis(0.5), "ms"));
        bench.record(Result.of("ingest.latency.p99", gatewayLatencies.percentileMillis(0.99), "ms"));
        return articles;
    }

    private static double rawInserts(MongoCollection<Document> raw, AxonEvents format,
                                     List<SyntheticArticles.Article> articles, int clients) throws Exception {
        raw.drop();
        raw.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
        raw.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
        return concurrently(articles.size(), clients, i -> {
            SyntheticArticles.Article article = articles.get(i);
            raw.insertOne(format.event("Article", article.id(), 0, new ArticleSubmitted(article.id(), 1,
                    article.content(), article.contentHash(), format.actor()), Instant.now()));
            return true;
        });
    }

    interface Work {
        boolean perform(int index) throws Exception;
    }

    /** Runs {@code count} pieces of work on {@code threads} threads; the rate per second over the whole run. */
    static double concurrently(int count, int threads, Work work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long began = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        if (!work.perform(i)) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " failed");
        }
        return count / ((System.nanoTime() - began) / 1e9);
    }
}
