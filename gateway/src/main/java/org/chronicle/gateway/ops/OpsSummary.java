package org.chronicle.gateway.ops;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /ops/api/summary}: what the operator page shows, collected by the gateway. Every value that could not be
 * read is {@code null} (the page shows "n/a"). Holds no keys, hosts or ports.
 *
 * @param services one entry per process, the gateway first
 * @param routes   gateway traffic per route since the previous summary
 * @param timeline what timeline-service reports about its projection
 */
public record OpsSummary(Instant generatedAt, List<ServiceHealth> services, List<RouteTraffic> routes,
                         TimelineStatus timeline) {

    /** @param status the service's own health status ({@code UP}, {@code DOWN}, ...) or {@code UNREACHABLE} */
    public record ServiceHealth(String name, boolean up, String status) {
    }

    /**
     * @param requests          routed requests since the gateway started
     * @param requestsPerSecond rate since the previous summary ({@code null} on the first one)
     * @param p95Millis         95th percentile latency over the last minute or so ({@code null} before any request)
     */
    public record RouteTraffic(String route, long requests, Double requestsPerSecond, Double p95Millis) {
    }

    /**
     * @param projectionLagSeconds largest event-to-projection delay recently recorded ({@code null} when unknown)
     * @param eventsBehind         events stored but not yet projected ({@code null} when the service has no such meter)
     */
    public record TimelineStatus(Double projectionLagSeconds, Long eventsBehind, ProjectionCounts projection,
                                 ReplayStatus replay, AuditStatus audit) {
    }

    public record ProjectionCounts(long articles, long entities, long entries) {
    }

    /** The replay as {@code GET /api/admin/replay} reports it, without the error text. */
    public record ReplayStatus(String state, long processed, long total, Instant startedAt, Instant finishedAt) {
    }

    /**
     * The last consistency audit. {@code state} is {@code CHECKED}, {@code PAUSED} (a replay is running) or
     * {@code UNAVAILABLE}; the numbers are {@code null} unless checked.
     */
    public record AuditStatus(String state, Integer gaps, Integer checkedAggregates, Integer inFlight,
                              Instant checkedAt) {

        static AuditStatus paused() {
            return new AuditStatus("PAUSED", null, null, null, null);
        }

        static AuditStatus unavailable() {
            return new AuditStatus("UNAVAILABLE", null, null, null, null);
        }

        boolean checked() {
            return "CHECKED".equals(state);
        }
    }
}
