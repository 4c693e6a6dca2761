package org.chronicle.gateway.analyst;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysts' page: {@code GET /} serves {@code static/index.html}; its script and style ({@code /app.js},
 * {@code /app.css}) are static resources. Its data comes from the public API ({@code /api/timeline},
 * {@code /api/entities}, {@code /api/articles}) through the gateway's own routes.
 */
@RestController
public class AnalystPageController {

    private static final Resource PAGE = new ClassPathResource("static/index.html");

    @GetMapping(value = {"/", "/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<Resource> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML).body(PAGE);
    }
}
