package org.chronicle.timeline.query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.chronicle.api.article.ArticleSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Announces newly submitted articles. This is a side effect, not state: rebuilding the projection must not announce
 * history again, hence {@link DisallowReplay}. Delivery is at least once, so a crash between handling and storing
 * the token may announce an article twice; a replay never does.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class ArticleAnnouncer {

    public static final String COUNTER = "chronicle.timeline.articles.announced";

    private static final Logger log = LoggerFactory.getLogger(ArticleAnnouncer.class);

    private final Counter announced;
    private final TimelinePartitions partitions;

    public ArticleAnnouncer(MeterRegistry registry, TimelinePartitions partitions) {
        this.partitions = partitions;
        this.announced = Counter.builder(COUNTER)
                .description("Newly submitted articles announced (never during a replay)")
                .register(registry);
    }

    @EventHandler
    @DisallowReplay
    public void on(ArticleSubmitted event) {
        if (!partitions.current().first()) {
            return; // every segment sees every event (TimelinePartitions); announce once
        }
        announced.increment();
        String language = event.content() == null ? null : event.content().language();
        String source = event.content() == null ? null : event.content().source();
        log.info("article.announced articleId={} version={} language={} source={}",
                 event.articleId(), event.version(), language, source);
    }
}
