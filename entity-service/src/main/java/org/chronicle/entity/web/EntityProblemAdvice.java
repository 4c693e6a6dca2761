package org.chronicle.entity.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.chronicle.entity.command.AliasNotFoundException;
import org.chronicle.entity.command.EntityClosedException;
import org.chronicle.entity.command.InvalidEntityException;
import org.chronicle.entity.command.InvalidMergeException;
import org.chronicle.entity.command.RegistrationConflictException;
import org.chronicle.platform.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Entity rule violations as problem+json; ahead of the platform's catch-all, which would answer 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EntityProblemAdvice {

    @ExceptionHandler(InvalidEntityException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEntityException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid entity", e.getMessage());
        problem.setProperty("field", e.field());
        return ProblemResponses.response(problem);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return ProblemResponses.response(problem);
    }

    @ExceptionHandler(RegistrationConflictException.class)
    ResponseEntity<ProblemDetail> conflict(RegistrationConflictException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, "Entity already registered",
                                                         e.getMessage());
        problem.setProperty("existingId", e.existingId());
        return ProblemResponses.response(problem);
    }

    @ExceptionHandler(EntityClosedException.class)
    ResponseEntity<ProblemDetail> closed(EntityClosedException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, "Entity closed", e.getMessage());
        problem.setProperty("entityStatus", e.status().name());
        if (e.mergedInto() != null) {
            problem.setProperty("mergedInto", e.mergedInto());
        }
        return ProblemResponses.response(problem);
    }

    @ExceptionHandler(AliasNotFoundException.class)
    ResponseEntity<ProblemDetail> aliasNotFound(AliasNotFoundException e) {
        return ProblemResponses.response(ProblemResponses.problem(HttpStatus.NOT_FOUND, "Alias not found",
                                                                  e.getMessage()));
    }

    @ExceptionHandler(InvalidMergeException.class)
    ResponseEntity<ProblemDetail> invalidMerge(InvalidMergeException e) {
        return ProblemResponses.response(ProblemResponses.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid merge",
                                                                  e.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return ProblemResponses.response(ProblemResponses.problem(HttpStatus.NOT_FOUND, "Entity not found",
                "No entity is stored under id " + e.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
        return ProblemResponses.response(ProblemResponses.problem(HttpStatus.CONFLICT, "Concurrent change",
                "The entity was changed by another request at the same moment; repeat the request."));
    }
}
