package org.chronicle.gateway.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** An RFC 9457 problem the gateway answers with, plus response headers that belong to it. */
public record Problem(HttpStatus status, String title, String detail, Map<String, String> headers) {

    public static final String TYPE_BASE = "https://chronicle.example/problems/";

    public Problem {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public Problem(HttpStatus status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    /** Same scheme as the services' problems: the base URI plus a slug of the title. */
    public String type() {
        return TYPE_BASE + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
