package org.chronicle.gateway.web;

import org.springframework.core.Ordered;

/** Order of the gateway's web filters, outermost first; all run before routing. */
public final class FilterOrder {

    public static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE;
    /** Outside the access log, so it times the answer the error boundary wrote. */
    public static final int ROUTE_LATENCY = Ordered.HIGHEST_PRECEDENCE + 5;
    public static final int ACCESS_LOG = Ordered.HIGHEST_PRECEDENCE + 10;
    public static final int PATH_GUARD = Ordered.HIGHEST_PRECEDENCE + 20;
    public static final int AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 30;
    public static final int BODY_LIMIT = Ordered.HIGHEST_PRECEDENCE + 40;
    public static final int OPS_PAGE_HEADERS = Ordered.HIGHEST_PRECEDENCE + 50;

    private FilterOrder() {
    }
}
