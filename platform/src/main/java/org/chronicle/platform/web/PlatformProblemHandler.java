package org.chronicle.platform.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.chronicle.platform.eventstore.StoreOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The last line of error handling in every service: Spring MVC's own failures and anything unexpected become
 * problem+json, never a stack trace. Services add their domain mappings in advices of higher precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PlatformProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PlatformProblemHandler.class);
    /** Seconds a client should wait before retrying during a store outage: about one server-selection timeout. */
    private static final String STORE_RETRY_AFTER_SECONDS = "2";

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return ProblemResponses.response(ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found",
                "Nothing is stored under id " + e.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
                "Parameter '" + e.getName() + "' has an invalid value.");
        problem.setProperty("parameter", e.getName());
        return ProblemResponses.response(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (StoreOutage.caused(e)) {
            return storeUnavailable(e);
        }
        log.error("Unhandled failure", e);
        return ProblemResponses.response(ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request failed inside the service; the request id identifies it in the logs."));
    }

    /**
     * The store is down or restarting (the driver gave up after its server-selection timeout, or a connection
     * broke): temporary, so 503 with Retry-After rather than a 500. A write cut by the outage may have been stored
     * without an answer; submissions are idempotent by URL, so a client may simply send the request again.
     */
    private ResponseEntity<ProblemDetail> storeUnavailable(Exception e) {
        log.warn("Store unavailable: {}", rootMessage(e));
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable",
                "The event store cannot be reached right now; try again shortly.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, STORE_RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            ProblemDetail withId = ProblemResponses.problem(HttpStatus.valueOf(status.value()),
                    problem.getTitle() == null ? "Bad request" : problem.getTitle(),
                    problem.getDetail() == null ? "" : problem.getDetail());
            return super.createResponseEntity(withId, headers, status, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
