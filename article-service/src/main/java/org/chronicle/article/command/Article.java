package org.chronicle.article.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.chronicle.api.article.ArticleRetracted;
import org.chronicle.api.article.ArticleRevised;
import org.chronicle.api.article.ArticleSubmitted;
import org.chronicle.article.api.RetractArticle;
import org.chronicle.article.api.ReviseArticle;
import org.chronicle.article.api.RevisionOutcome;
import org.chronicle.article.api.SubmissionOutcome;
import org.chronicle.article.api.SubmitArticle;
import org.chronicle.article.command.ArticleRuleViolation.Kind;
import org.chronicle.platform.web.RequestContext;

/**
 * One news article on record. Its identity is its URL (the id is derived from it), so submitting a URL twice lands
 * on the same aggregate, and the event store's unique sequence index settles concurrent first submissions.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "articleCache")
public class Article {

    @AggregateIdentifier
    private String articleId;
    private int version;
    private String url;
    private String contentHash;
    /** Every content version ever recorded: re-submitting any of them is a harmless repeat, not a conflict. */
    private Set<String> knownContentHashes = new HashSet<>();
    private boolean retracted;

    protected Article() {
        // for Axon: created empty, then sourced from events or handed a creation command
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SubmissionOutcome handle(SubmitArticle command, @MetaDataValue(RequestContext.ACTOR) String actor) {
        if (articleId == null) {
            apply(new ArticleSubmitted(command.articleId(), 1, command.content(), command.contentHash(), actor));
            return new SubmissionOutcome(command.articleId(), 1, true);
        }
        if (retracted) {
            throw new ArticleRuleViolation(Kind.RETRACTED, articleId, version,
                    "This URL belongs to article " + articleId + ", which was retracted.");
        }
        if (knownContentHashes.contains(command.contentHash())) {
            return new SubmissionOutcome(articleId, version, false);
        }
        throw new ArticleRuleViolation(Kind.URL_TAKEN, articleId, version,
                "This URL is already on record as article " + articleId + " with other content; revise it instead.");
    }

    @CommandHandler
    public RevisionOutcome handle(ReviseArticle command, @MetaDataValue(RequestContext.ACTOR) String actor) {
        if (retracted) {
            throw new ArticleRuleViolation(Kind.RETRACTED, articleId, version,
                    "Article " + articleId + " was retracted and cannot be revised.");
        }
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw new ArticleRuleViolation(Kind.STALE_VERSION, articleId, version,
                    "Expected version " + command.expectedVersion() + " but the article is at version " + version + ".");
        }
        if (!Objects.equals(url, command.content().url())) {
            throw new ArticleRuleViolation(Kind.URL_CHANGED, articleId, version,
                    "An article's URL is its identity and cannot change; submit the new URL as a new article.");
        }
        if (command.contentHash().equals(contentHash)) {
            return new RevisionOutcome(articleId, version, false);
        }
        apply(new ArticleRevised(articleId, version + 1, command.content(), command.contentHash(), actor));
        return new RevisionOutcome(articleId, version, true);
    }

    @CommandHandler
    public int handle(RetractArticle command, @MetaDataValue(RequestContext.ACTOR) String actor) {
        if (!retracted) {
            apply(new ArticleRetracted(articleId, version, command.reason(), actor));
        }
        return version;
    }

    @EventSourcingHandler
    void on(ArticleSubmitted event) {
        articleId = event.articleId();
        version = event.version();
        url = event.content().url();
        contentHash = event.contentHash();
        knownContentHashes.add(event.contentHash());
    }

    @EventSourcingHandler
    void on(ArticleRevised event) {
        version = event.version();
        contentHash = event.contentHash();
        knownContentHashes.add(event.contentHash());
    }

    @EventSourcingHandler
    void on(ArticleRetracted event) {
        retracted = true;
    }
}
