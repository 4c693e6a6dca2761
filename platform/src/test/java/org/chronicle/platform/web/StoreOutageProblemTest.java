package org.chronicle.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.io.IOException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A store outage, however deeply Axon wrapped the driver's exception, is a 503 with Retry-After, not a 500. */
class StoreOutageProblemTest {

    private final PlatformProblemHandler handler = new PlatformProblemHandler();

    @Test
    void aServerSelectionTimeoutInsideAnAppendIs503WithRetryAfter() {
        ResponseEntity<ProblemDetail> response = handler.unexpected(new EventStoreException(
                "Exception while storing events", new MongoTimeoutException("Timed out while waiting for a server")));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getBody().getTitle()).isEqualTo("Store unavailable");
    }

    @Test
    void aRefusedConnectionBehindACommandFailureIs503() {
        MongoSocketOpenException refused = new MongoSocketOpenException("Exception opening socket",
                new ServerAddress("127.0.0.1", 27027), new IOException("Connection refused"));
        ResponseEntity<ProblemDetail> response = handler.unexpected(
                new CommandExecutionException("command failed", new IllegalStateException("load failed", refused)));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anythingElseStaysAnInternalError() {
        ResponseEntity<ProblemDetail> response = handler.unexpected(new IllegalStateException("a bug"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
    }
}
