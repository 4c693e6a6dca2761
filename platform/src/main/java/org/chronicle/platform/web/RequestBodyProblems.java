package org.chronicle.platform.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.CharConversionException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chronicle.platform.input.PlainText;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Says precisely what is wrong with a body that could not be read: too large, not UTF-8, not JSON, too deeply
 * nested, an unknown field, or a field of the wrong kind — naming the field ({@code field}, and {@code errors} as
 * the article contract lists them). Ahead of {@link PlatformProblemHandler}, behind the services' own advices.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class RequestBodyProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        RequestBodyLimit.BodyTooLargeException tooLarge = find(e, RequestBodyLimit.BodyTooLargeException.class);
        if (tooLarge != null) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", tooLarge.getMessage());
        }
        StreamConstraintsException limit = find(e, StreamConstraintsException.class);
        if (limit != null) {
            return answer(HttpStatus.BAD_REQUEST, "Request body beyond limits", "The JSON body is beyond this "
                    + "service's parser limits: " + limit.getOriginalMessage().replaceAll(", from `[^`]*`", "")
                    + ".");
        }
        UnrecognizedPropertyException unknown = find(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            String field = path(unknown);
            Collection<Object> known = unknown.getKnownPropertyIds();
            String accepted = known == null || known.isEmpty() ? ""
                    : "; the accepted fields are " + String.join(", ", new TreeSet<>(known.stream().map(String::valueOf).toList()));
            return answer(HttpStatus.BAD_REQUEST, "Unknown field",
                    "Field '" + field + "' is not part of this request" + accepted + ".", field,
                    "is not part of this request");
        }
        MismatchedInputException mismatch = find(e, MismatchedInputException.class);
        if (mismatch != null) {
            return mismatched(mismatch);
        }
        JsonParseException malformed = find(e, JsonParseException.class);
        if (malformed != null) {
            String message = malformed.getOriginalMessage();
            if (message != null && message.startsWith("Invalid UTF-8")) {
                return answer(HttpStatus.BAD_REQUEST, "Invalid encoding", "The body is not valid UTF-8: "
                        + message + at(malformed.getLocation()) + ".");
            }
            return answer(HttpStatus.BAD_REQUEST, "Malformed request body", "The body is not valid JSON: "
                    + PlainText.excerpt(message) + at(malformed.getLocation()) + ".");
        }
        if (find(e, CharConversionException.class) != null) {
            return answer(HttpStatus.BAD_REQUEST, "Invalid encoding", "The body is not valid UTF-8.");
        }
        if (e.getCause() == null) {
            return answer(HttpStatus.BAD_REQUEST, "Missing request body", "The request needs a JSON object as its body.");
        }
        return answer(HttpStatus.BAD_REQUEST, "Malformed request body", "The body is not valid JSON of the expected shape.");
    }

    private static ResponseEntity<ProblemDetail> mismatched(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Trailing token")) {
            return answer(HttpStatus.BAD_REQUEST, "Malformed request body",
                          "The body holds more than one JSON value; send exactly one object.");
        }
        String field = path(e);
        if (field.isEmpty()) {
            return answer(HttpStatus.BAD_REQUEST, "Malformed request body", "The body must be a JSON object.");
        }
        String expected = "must be " + expected(e.getTargetType());
        return answer(HttpStatus.BAD_REQUEST, "Invalid field", "Field '" + field + "' " + expected + ".", field, expected);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "an object";
    }

    /** {@code aliases.ru[2]}: where in the body the problem is, with client-chosen names made safe to show. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(PlainText.excerpt(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String detail) {
        return ProblemResponses.response(ProblemResponses.problem(status, title, detail));
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String detail, String field,
                                                        String fieldMessage) {
        ProblemDetail problem = ProblemResponses.problem(status, title, detail);
        problem.setProperty("field", field);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", fieldMessage)));
        return ProblemResponses.response(problem);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
