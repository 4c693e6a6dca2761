package org.chronicle.timeline.live;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent-Event connections and the fan-out of {@link TimelineChanges} to them. Changes are handed to
 * one sender thread through a bounded queue (the oldest is dropped when clients cannot keep up), so a slow client
 * never holds up the projection. Emitters leave the set on completion, timeout or a failed send; a comment every
 * {@code heartbeat} keeps idle connections open through proxies and finds clients that went away.
 */
@Component
public class TimelineStream {

    private static final Logger log = LoggerFactory.getLogger(TimelineStream.class);

    private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1000), r -> daemon(r, "timeline-stream-sender"),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "timeline-stream-heartbeat"));
    private final AutoCloseable subscription;
    private final Duration timeout;

    public TimelineStream(ChangeSource changes, MeterRegistry meters,
                          @Value("${chronicle.timeline.stream.timeout:30m}") Duration timeout,
                          @Value("${chronicle.timeline.stream.heartbeat:15s}") Duration heartbeatEvery) {
        this.timeout = timeout;
        this.subscription = changes.subscribe(change -> sender.execute(() -> broadcast(change)));
        meters.gauge("chronicle.timeline.stream.clients", emitters, Set::size);
        long every = Math.max(1, heartbeatEvery.toMillis());
        heartbeat.scheduleWithFixedDelay(() -> sender.execute(this::ping), every, every, TimeUnit.MILLISECONDS);
    }

    /** A new subscriber: registered, then greeted with a {@code ready} event (so headers and a first byte flow). */
    public SseEmitter open() {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> {
            emitters.remove(emitter);
            emitter.complete();
        });
        emitter.onError(e -> emitters.remove(emitter));
        try {
            emitter.send(SseEmitter.event().reconnectTime(3000).name("ready")
                    .data(Map.of("ready", true), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
        return emitter;
    }

    int clients() {
        return emitters.size();
    }

    private void broadcast(TimelineChange change) {
        Map<String, Object> data = change.id() == null ? Map.of("event", change.event())
                : Map.of("event", change.event(), "id", change.id());
        for (SseEmitter emitter : emitters) {
            // the builder writes lines in call order: id and name before data, which ends the event
            SseEmitter.SseEventBuilder event = SseEmitter.event();
            if (change.id() != null) {
                event.id(change.id());
            }
            send(emitter, event.name(change.event()).data(data, MediaType.APPLICATION_JSON));
        }
    }

    private void ping() {
        for (SseEmitter emitter : emitters) {
            send(emitter, SseEmitter.event().comment("keep-alive"));
        }
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
            try {
                emitter.completeWithError(e);
            } catch (RuntimeException ignored) {
                // already completed
            }
        }
    }

    @PreDestroy
    void close() throws Exception {
        subscription.close();
        heartbeat.shutdownNow();
        sender.shutdownNow();
        for (SseEmitter emitter : emitters) {
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                log.debug("timeline.stream.close.failed", e);
            }
        }
        emitters.clear();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
