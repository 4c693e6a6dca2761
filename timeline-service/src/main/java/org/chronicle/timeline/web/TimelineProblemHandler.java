package org.chronicle.timeline.web;

import org.chronicle.platform.web.ProblemResponses;
import org.chronicle.timeline.query.InvalidParameter;
import org.chronicle.timeline.query.ReplayAlreadyRunning;
import org.chronicle.timeline.query.ReplayFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The timeline's own failures as problem+json; everything else falls through to the platform's handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TimelineProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(TimelineProblemHandler.class);

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameter e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return ProblemResponses.response(problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return ProblemResponses.response(ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage()));
    }

    @ExceptionHandler(ReplayAlreadyRunning.class)
    ResponseEntity<ProblemDetail> replayRunning(ReplayAlreadyRunning e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, "Replay running", e.getMessage());
        problem.setProperty("replay", e.status());
        return ProblemResponses.response(problem);
    }

    @ExceptionHandler(ReplayFailed.class)
    ResponseEntity<ProblemDetail> replayFailed(ReplayFailed e) {
        log.error("Replay failed to start", e);
        return ProblemResponses.response(ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Replay failed",
                                                                  e.getMessage()));
    }
}
