package org.chronicle.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the gateway's request id and the acting key's name into the log context and echoes the id back. */
public class RequestIdFilter extends OncePerRequestFilter implements Ordered {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = safe(request.getHeader(RequestContext.REQUEST_ID_HEADER));
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        String actor = safe(request.getHeader(RequestContext.ACTOR_HEADER));
        MDC.put(RequestContext.REQUEST_ID, requestId);
        if (actor != null) {
            MDC.put(RequestContext.ACTOR, actor);
        }
        response.setHeader(RequestContext.REQUEST_ID_HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestContext.REQUEST_ID);
            MDC.remove(RequestContext.ACTOR);
        }
    }

    /** Header values end up in logs and event metadata: accept only plain tokens. */
    private static String safe(String value) {
        return value != null && SAFE.matcher(value).matches() ? value : null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
