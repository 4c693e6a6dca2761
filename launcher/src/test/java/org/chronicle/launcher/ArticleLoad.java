package org.chronicle.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients submitting articles through the gateway, as careful clients would: a submission that fails
 * with a 5xx (or no answer at all) is sent again after a short pause, and one refused with 429 after its
 * Retry-After, until {@code retryFor} has passed; any other answer is final. Every attempt is recorded, so a test
 * can say what each client saw and when.
 */
final class ArticleLoad {

    /**
     * One request and its answer.
     *
     * @param status      the HTTP status, or 0 when the gateway gave no answer
     * @param at          when the request was sent, from the start of the load
     * @param took        until the answer
     */
    record Attempt(String url, int status, String contentType, String retryAfter, String articleId, Duration at,
                   Duration took) {
        boolean accepted() {
            return status == 200 || status == 201;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private static final Duration PAUSE = Duration.ofMillis(200);

    private final Gateway api;
    private final Queue<Map<String, Object>> queue;
    private final Duration retryFor;
    private final ExecutorService clients;
    private final long began = System.nanoTime();
    private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> acceptedIds = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicInteger accepted = new AtomicInteger();

    private ArticleLoad(Gateway api, List<Map<String, Object>> articles, int clients, Duration retryFor) {
        this.api = api;
        this.queue = new ConcurrentLinkedQueue<>(articles);
        this.retryFor = retryFor;
        this.clients = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            this.clients.submit(this::drain);
        }
        this.clients.shutdown();
    }

    static ArticleLoad start(Gateway api, List<Map<String, Object>> articles, int clients, Duration retryFor) {
        return new ArticleLoad(api, articles, clients, retryFor);
    }

    int accepted() {
        return accepted.get();
    }

    /** Blocks until {@code count} articles are accepted (so a fault can be injected mid-load). */
    void awaitAccepted(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (accepted.get() < count) {
            if (System.nanoTime() > deadline || clients.isTerminated()) {
                throw new AssertionError("only " + accepted.get() + " of " + count + " articles accepted; last attempts "
                        + lastAttempts(5));
            }
            Thread.sleep(20);
        }
    }

    /** Waits for every client to finish and returns every attempt, in the order they were answered. */
    List<Attempt> finish(Duration timeout) throws InterruptedException {
        if (!clients.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            clients.shutdownNow();
            throw new AssertionError("the load did not finish within " + timeout.toSeconds() + " s; "
                    + queue.size() + " articles not yet sent");
        }
        return List.copyOf(attempts);
    }

    /** URL → article id of every accepted article (after {@link #finish}). */
    Map<String, String> acceptedIds() {
        synchronized (acceptedIds) {
            return new LinkedHashMap<>(acceptedIds);
        }
    }

    /** Time since the load started, on the clock of {@link Attempt#at()}. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - began);
    }

    private void drain() {
        Map<String, Object> article;
        while ((article = queue.poll()) != null) {
            submitUntilFinal(article);
        }
    }

    private void submitUntilFinal(Map<String, Object> article) {
        String url = (String) article.get("url");
        long giveUp = System.nanoTime() + retryFor.toNanos();
        while (true) {
            Attempt attempt = submit(url, article);
            attempts.add(attempt);
            if (attempt.accepted()) {
                acceptedIds.put(url, attempt.articleId());
                accepted.incrementAndGet();
                return;
            }
            // submissions are idempotent by URL, so any server-side failure may be sent again; 429 is a rate limit
            boolean retryable = attempt.status() == 0 || attempt.status() >= 500 || attempt.status() == 429;
            if (!retryable || System.nanoTime() > giveUp) {
                return;
            }
            try {
                Thread.sleep(attempt.status() == 429 ? retryAfterMillis(attempt) : PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long retryAfterMillis(Attempt attempt) {
        try {
            return Math.min(5000, Math.max(PAUSE.toMillis(), Long.parseLong(attempt.retryAfter()) * 1000));
        } catch (NumberFormatException | NullPointerException unreadable) {
            return 1000;
        }
    }

    private Attempt submit(String url, Map<String, Object> article) {
        long sent = System.nanoTime();
        Duration at = Duration.ofNanos(sent - began);
        try {
            Gateway.Reply reply = api.post("/api/articles", article);
            return new Attempt(url, reply.status(), reply.contentType(),
                    reply.raw().headers().firstValue("Retry-After").orElse(null),
                    reply.status() < 300 ? reply.text("id") : null, at, Duration.ofNanos(System.nanoTime() - sent));
        } catch (Exception noAnswer) {
            return new Attempt(url, 0, null, null, null, at, Duration.ofNanos(System.nanoTime() - sent));
        }
    }

    private List<Attempt> lastAttempts(int count) {
        synchronized (attempts) {
            return new ArrayList<>(attempts.subList(Math.max(0, attempts.size() - count), attempts.size()));
        }
    }
}
