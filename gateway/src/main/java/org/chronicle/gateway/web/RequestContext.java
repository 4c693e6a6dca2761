package org.chronicle.gateway.web;

import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;

/** Header and exchange-attribute names shared by the gateway's filters (the services read the same headers). */
public final class RequestContext {

    /** Request id: accepted from the caller when it is a plain token, otherwise generated; sent both ways. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** Name of the authenticated API key; set by the gateway only, any client value is removed. */
    public static final String ACTOR_HEADER = "X-Chronicle-Actor";
    /** The caller's API key; never forwarded downstream. */
    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final String REQUEST_ID_ATTR = RequestContext.class.getName() + ".requestId";
    public static final String ACTOR_ATTR = RequestContext.class.getName() + ".actor";

    /** Values that end up in logs and event metadata: the services accept exactly this shape. */
    public static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestContext() {
    }

    public static String requestId(ServerWebExchange exchange) {
        return exchange.getAttribute(REQUEST_ID_ATTR);
    }

    public static String actor(ServerWebExchange exchange) {
        return exchange.getAttribute(ACTOR_ATTR);
    }

    public static boolean isSafeToken(String value) {
        return value != null && SAFE_TOKEN.matcher(value).matches();
    }
}
