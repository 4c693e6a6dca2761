package org.chronicle.article.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.chronicle.article.command.ArticleRuleViolation;
import org.chronicle.article.command.InvalidArticleException;
import org.chronicle.article.query.ArticleCatalog;
import org.chronicle.platform.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Article rules and input problems as problem+json; every rejection is counted by reason. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArticleProblemAdvice {

    private final MeterRegistry meterRegistry;

    ArticleProblemAdvice(MeterRegistry meterRegistry) {
        this.meterRegistry = meterRegistry;
    }

    @ExceptionHandler(InvalidArticleException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidArticleException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid article", e.getMessage());
        problem.setProperty("errors", e.problems());
        return reject("invalid", problem);
    }

    @ExceptionHandler(ArticleRuleViolation.class)
    ResponseEntity<ProblemDetail> rule(ArticleRuleViolation e) {
        ProblemDetail problem = switch (e.kind()) {
            case URL_TAKEN -> ProblemResponses.problem(HttpStatus.CONFLICT, "URL already on record", e.getMessage());
            case RETRACTED -> ProblemResponses.problem(HttpStatus.CONFLICT, "Article retracted", e.getMessage());
            case STALE_VERSION -> ProblemResponses.problem(HttpStatus.PRECONDITION_FAILED, "Stale version", e.getMessage());
            case URL_CHANGED -> ProblemResponses.problem(HttpStatus.UNPROCESSABLE_ENTITY, "URL cannot change", e.getMessage());
        };
        problem.setProperty(e.kind() == ArticleRuleViolation.Kind.URL_TAKEN ? "existingId" : "articleId", e.articleId());
        problem.setProperty("currentVersion", e.currentVersion());
        return reject(e.kind().name().toLowerCase(), problem);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return reject("bad_request", problem);
    }

    @ExceptionHandler(ArticleCatalog.InvalidCursorException.class)
    ResponseEntity<ProblemDetail> badCursor(ArticleCatalog.InvalidCursorException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
        problem.setProperty("parameter", "cursor");
        return reject("bad_request", problem);
    }

    private ResponseEntity<ProblemDetail> reject(String reason, ProblemDetail problem) {
        meterRegistry.counter("chronicle.articles.rejected", "reason", reason).increment();
        return ProblemResponses.response(problem);
    }
}
