package org.chronicle.gateway.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal decided by the gateway itself (401, 403, 413, 400...). Carries everything the problem
 * response needs; it is an expected outcome, so it records no stack trace.
 */
public class GatewayProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, String> headers;

    public GatewayProblemException(HttpStatus status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public GatewayProblemException(HttpStatus status, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extra response headers, e.g. {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }
}
