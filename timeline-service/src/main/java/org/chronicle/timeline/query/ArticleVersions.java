package org.chronicle.timeline.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.extraction.ArticleText;
import org.chronicle.extraction.KnownEntities;
import org.chronicle.extraction.StatementExtractor;
import org.chronicle.platform.eventstore.EventHistory;
import org.springframework.stereotype.Component;

/**
 * What each version of an article contributed to the timeline: every version in its event stream is run through
 * the extraction (with today's entities), and each is compared with the one before, so an analyst sees which dated
 * statements a revision added or took away, and that a retraction took them all.
 */
@Component
public class ArticleVersions {

    /** One dated statement as a version yields it. */
    public record VersionStatement(String date, String precision, String category, String dateText, String quote) {
    }

    /** One event of the article and its effect on the timeline. */
    public record Version(long sequence, String event, int version, Instant timestamp,
                          List<VersionStatement> statements, List<VersionStatement> added,
                          List<VersionStatement> removed) {
    }

    public record History(String articleId, List<Version> versions) {
    }

    private final EventHistory history;
    private final StatementExtractor extractor;
    private final TimelinePartitions partitions;

    public ArticleVersions(EventHistory history, StatementExtractor extractor, TimelinePartitions partitions) {
        this.history = history;
        this.extractor = extractor;
        this.partitions = partitions;
    }

    /** @throws org.axonframework.modelling.command.AggregateNotFoundException for an id with no events */
    public History of(String articleId) {
        KnownEntities known = partitions.reading().composer().knownEntities();
        List<Version> versions = new ArrayList<>();
        List<VersionStatement> previous = List.of();
        for (DomainEventMessage<?> event : history.read(articleId)) {
            Object payload = event.getPayload();
            List<VersionStatement> current;
            int version;
            if (payload instanceof ArticleSubmitted submitted) {
                current = statements(articleId, submitted.content(), known);
                version = submitted.version();
            } else if (payload instanceof ArticleRevised revised) {
                current = statements(articleId, revised.content(), known);
                version = revised.version();
            } else if (payload instanceof ArticleRetracted retracted) {
                current = List.of();
                version = retracted.version();
            } else {
                continue;
            }
            versions.add(new Version(event.getSequenceNumber(), payload.getClass().getSimpleName(), version,
                                     event.getTimestamp(), current, minus(current, previous), minus(previous, current)));
            previous = current;
        }
        return new History(articleId, versions);
    }

    private List<VersionStatement> statements(String articleId, ArticleContent content, KnownEntities known) {
        Map<String, VersionStatement> statements = new LinkedHashMap<>();
        extractor.extract(new ArticleText(articleId, content.title(), content.body(), content.language(),
                                          content.publishedAt()), known).statements()
                .forEach(s -> {
                    VersionStatement statement = new VersionStatement(
                            TimelineComposer.Period.format(s.date().from(), s.date().precision()),
                            s.date().precision().name(), s.category().name(), s.date().text(), s.quote());
                    statements.putIfAbsent(statement.toString(), statement);
                });
        return List.copyOf(statements.values());
    }

    private static List<VersionStatement> minus(List<VersionStatement> these, List<VersionStatement> those) {
        return these.stream().filter(s -> !those.contains(s)).toList();
    }
}
