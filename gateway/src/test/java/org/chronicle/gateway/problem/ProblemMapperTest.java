package org.chronicle.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.chronicle.gateway.web.RequestContext;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    private static MockServerWebExchange exchange() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/articles/a-1"));
        exchange.getAttributes().put(RequestContext.REQUEST_ID_ATTR, "req-1");
        return exchange;
    }

    @Test
    void unexpectedFailuresAre500WithoutTheirMessage() {
        Problem problem = mapper.map(exchange(), new IllegalStateException("db password is hunter2"));

        assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(problem.detail()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void connectionFailuresAre503EvenWhenWrapped() {
        Problem problem = mapper.map(exchange(), new RuntimeException(new ConnectException("Connection refused")));

        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.headers()).containsEntry("Retry-After", "2");
        assertThat(mapper.map(exchange(), new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE)).headers())
                .as("no instance left in the rotation").containsEntry("Retry-After", "2");
    }

    @Test
    void aServiceDyingMidAnswerIs502WhetherItClosedOrResetTheConnection() {
        Problem reset = mapper.map(exchange(), new RuntimeException(new java.net.SocketException("Connection reset")));
        Problem closed = mapper.map(exchange(), reactor.netty.http.client.PrematureCloseException.TEST_EXCEPTION);

        assertThat(reset.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(closed.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(reset.detail()).contains("read it back");
    }

    @Test
    void timeoutsAre504() {
        assertThat(mapper.map(exchange(), new TimeoutException()).status()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(mapper.map(exchange(), new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)).status())
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    }

    @Test
    void gatewayRefusalsKeepTheirStatusTitleAndHeaders() {
        Problem problem = mapper.map(exchange(), new GatewayProblemException(HttpStatus.UNAUTHORIZED, "API key required",
                "Needs a key.", java.util.Map.of("WWW-Authenticate", "ApiKey")));

        assertThat(problem.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(problem.type()).isEqualTo("https://chronicle.example/problems/api-key-required");
        assertThat(problem.headers()).containsEntry("WWW-Authenticate", "ApiKey");
    }

    @Test
    void theWriterProducesProblemJsonWithTheRequestId() throws Exception {
        MockServerWebExchange exchange = exchange();
        ProblemErrorHandler handler = new ProblemErrorHandler(mapper, new ProblemResponseWriter(new ObjectMapper()));

        handler.handle(exchange, new IllegalArgumentException("boom")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String body = exchange.getResponse().getBodyAsString().block();
        var json = new ObjectMapper().readTree(body);
        assertThat(json.path("status").asInt()).isEqualTo(500);
        assertThat(json.path("title").asText()).isEqualTo("Internal error");
        assertThat(json.path("requestId").asText()).isEqualTo("req-1");
        assertThat(body).doesNotContain("boom").doesNotContain("Exception");
    }
}
