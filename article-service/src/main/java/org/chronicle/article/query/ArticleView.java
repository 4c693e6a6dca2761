package org.chronicle.article.query;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;

/** An article's current state as the API shows it, folded from its own event stream (read-your-writes). */
public record ArticleView(String id, int version, String status, String title, String body, String language,
                          String source, String url, String publishedAt, Instant submittedAt, Instant revisedAt,
                          Instant retractedAt, String retractionReason) {

    public static final String ACTIVE = "ACTIVE";
    public static final String RETRACTED = "RETRACTED";

    public static ArticleView fold(List<? extends DomainEventMessage<?>> events) {
        ArticleView view = null;
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            if (payload instanceof ArticleSubmitted submitted) {
                view = withContent(submitted.articleId(), submitted.version(), submitted.content(),
                                   event.getTimestamp(), null);
            } else if (payload instanceof ArticleRevised revised && view != null) {
                view = withContent(view.id, revised.version(), revised.content(), view.submittedAt,
                                   event.getTimestamp());
            } else if (payload instanceof ArticleRetracted retracted && view != null) {
                view = new ArticleView(view.id, view.version, RETRACTED, view.title, view.body, view.language,
                                       view.source, view.url, view.publishedAt, view.submittedAt, view.revisedAt,
                                       event.getTimestamp(), retracted.reason());
            }
        }
        if (view == null) {
            throw new IllegalStateException("The stream does not start with a submission");
        }
        return view;
    }

    private static ArticleView withContent(String id, int version, ArticleContent content, Instant submittedAt,
                                           Instant revisedAt) {
        return new ArticleView(id, version, ACTIVE, content.title(), content.body(), content.language(),
                               content.source(), content.url(), content.publishedAt(), submittedAt, revisedAt,
                               null, null);
    }
}
