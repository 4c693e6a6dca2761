package org.chronicle.article.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronicle.article.api.RetractArticle;
import org.chronicle.article.api.ReviseArticle;
import org.chronicle.article.api.RevisionOutcome;
import org.chronicle.article.api.SubmissionOutcome;
import org.chronicle.article.api.SubmitArticle;
import org.chronicle.article.command.AdmittedArticle;
import org.chronicle.article.command.ArticleIntake;
import org.chronicle.article.query.ArticleCatalog;
import org.chronicle.article.query.ArticleView;
import org.chronicle.platform.command.RetryingCommandSender;
import org.chronicle.platform.eventstore.EventHistory;
import org.chronicle.platform.input.Languages;
import org.chronicle.platform.web.StoredEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/articles")
class ArticleController {

    static final int MAX_LIMIT = 200;
    static final int MAX_REASON = 500;
    static final int MAX_QUERY = 200;
    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,9})\"?$");
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f-]{36}");

    private final ArticleIntake intake;
    private final RetryingCommandSender commands;
    private final EventHistory history;
    private final ArticleCatalog catalog;
    private final MeterRegistry meterRegistry;

    ArticleController(ArticleIntake intake, RetryingCommandSender commands, EventHistory history, ArticleCatalog catalog,
                      MeterRegistry meterRegistry) {
        this.intake = intake;
        this.commands = commands;
        this.history = history;
        this.catalog = catalog;
        this.meterRegistry = meterRegistry;
    }

    @PostMapping
    ResponseEntity<ArticleView> submit(@RequestBody ArticleRequest request) {
        AdmittedArticle admitted = intake.admit(request.content());
        SubmissionOutcome outcome = commands.send(
                new SubmitArticle(admitted.articleId(), admitted.content(), admitted.contentHash()));
        count(outcome.created() ? "submitted" : "repeated");
        ArticleView view = read(outcome.articleId());
        ResponseEntity.BodyBuilder response = outcome.created()
                ? ResponseEntity.created(URI.create("/api/articles/" + outcome.articleId()))
                : ResponseEntity.ok();
        return response.eTag(tag(view.version())).body(view);
    }

    @PutMapping("/{id}")
    ResponseEntity<ArticleView> revise(@PathVariable String id, @RequestBody ArticleRequest request,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Integer expectedVersion = expectedVersion(ifMatch);
        AdmittedArticle admitted = intake.admit(request.content());
        RevisionOutcome outcome = commands.send(
                new ReviseArticle(checkedId(id), expectedVersion, admitted.content(), admitted.contentHash()));
        count(outcome.changed() ? "revised" : "unchanged");
        return current(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<ArticleView> retract(@PathVariable String id, @RequestParam(required = false) String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new BadRequestException("reason", "Parameter 'reason' must be at most " + MAX_REASON + " characters.");
        }
        commands.send(new RetractArticle(checkedId(id), reason == null || reason.isBlank() ? null : reason.strip()));
        count("retracted");
        return current(id);
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleView> get(@PathVariable String id) {
        return current(id);
    }

    @GetMapping("/{id}/events")
    List<StoredEvent> events(@PathVariable String id) {
        return StoredEvent.of(history.read(checkedId(id)));
    }

    @GetMapping
    ArticleCatalog.Page list(@RequestParam(required = false) String q,
                             @RequestParam(required = false) String language,
                             @RequestParam(defaultValue = "50") int limit,
                             @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit", "Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        if (q != null && q.length() > MAX_QUERY) {
            throw new BadRequestException("q", "Parameter 'q' must be at most " + MAX_QUERY + " characters.");
        }
        String code = null;
        if (language != null && !language.isBlank()) {
            code = Languages.iso639(language).orElseThrow(() -> new BadRequestException("language",
                    "Parameter 'language' must be an ISO 639-1 code such as it, en, ru or ko."));
        }
        return catalog.page(q, code, limit, cursor);
    }

    private ResponseEntity<ArticleView> current(String id) {
        ArticleView view = read(checkedId(id));
        return ResponseEntity.status(HttpStatus.OK).eTag(tag(view.version())).body(view);
    }

    private ArticleView read(String id) {
        return ArticleView.fold(history.read(id));
    }

    /** Ids are UUIDs; anything else cannot exist, so it is a 404 without touching the store. */
    private static String checkedId(String id) {
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw new org.axonframework.modelling.command.AggregateNotFoundException(id, "not an article id");
        }
        return id;
    }

    private static Integer expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new BadRequestException("If-Match", "If-Match must name a version, e.g. \"3\".");
        }
        return Integer.valueOf(matcher.group(1));
    }

    private static String tag(int version) {
        return "\"" + version + "\"";
    }

    private void count(String change) {
        meterRegistry.counter("chronicle.articles.changes", "change", change).increment();
    }
}
