package org.chronicle.gateway.ops;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The operator page: {@code GET /ops} serves {@code static/ops/index.html} (its script and style are served as static
 * resources under {@code /ops/}), {@code GET /ops/api/summary} the data it polls. Both are open, like other reads.
 */
@RestController
public class OpsPageController {

    private static final Resource PAGE = new ClassPathResource("static/ops/index.html");

    private final OpsSummaryCollector collector;

    public OpsPageController(OpsSummaryCollector collector) {
        this.collector = collector;
    }

    @GetMapping(value = {"/ops", "/ops/"}, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<Resource> page() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML).body(PAGE);
    }

    @GetMapping(value = "/ops/api/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<OpsSummary>> summary() {
        return collector.summary().map(summary -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(summary));
    }
}
