package org.chronicle.gateway.web;

import org.springframework.core.Ordered;

/** Order of the gateway's web filters, outermost first; all run before routing. */
public final class FilterOrder {

    public static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE;
    /** Outermost but the request id, so the gateway's own error answers carry the headers too. */
    public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 1;
    /** Outside the access log, so it times the answer the error boundary wrote. */
    public static final int ROUTE_LATENCY = Ordered.HIGHEST_PRECEDENCE + 5;
    public static final int ACCESS_LOG = Ordered.HIGHEST_PRECEDENCE + 10;
    /** Before the path guard: oversized headers are refused before anything reads them. */
    public static final int HEADER_LIMIT = Ordered.HIGHEST_PRECEDENCE + 15;
    public static final int PATH_GUARD = Ordered.HIGHEST_PRECEDENCE + 20;
    public static final int METRICS_ACCESS = Ordered.HIGHEST_PRECEDENCE + 22;
    /** Before authentication, so that failed key guesses use up a bucket too. */
    public static final int RATE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 25;
    public static final int AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 30;
    public static final int BODY_LIMIT = Ordered.HIGHEST_PRECEDENCE + 40;

    private FilterOrder() {
    }
}
