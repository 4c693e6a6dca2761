package org.chronicle.platform.web;

/** Names of the request-scoped values the gateway sets and every service logs and records with its events. */
public final class RequestContext {
    /** Header and MDC key of the request id the gateway assigns (or accepts from the caller). */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String REQUEST_ID = "requestId";
    /** Header the gateway sets to the authenticated key's name; the gateway strips it from incoming requests. */
    public static final String ACTOR_HEADER = "X-Chronicle-Actor";
    public static final String ACTOR = "actor";

    private RequestContext() {
    }
}
