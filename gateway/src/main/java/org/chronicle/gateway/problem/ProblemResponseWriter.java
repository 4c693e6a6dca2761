package org.chronicle.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronicle.gateway.web.RequestContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes a {@link Problem} as {@code application/problem+json}, replacing whatever response was being prepared. */
@Component
public class ProblemResponseWriter {

    private final ObjectMapper objectMapper;

    public ProblemResponseWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        byte[] body = serialize(problem, exchange);
        // an upstream response may have been half prepared (status, headers) before the failure
        response.getHeaders().clear();
        response.setStatusCode(problem.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        headers.setCacheControl("no-store");
        problem.headers().forEach(headers::set);
        String requestId = RequestContext.requestId(exchange);
        if (requestId != null) {
            headers.set(RequestContext.REQUEST_ID_HEADER, requestId);
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    byte[] serialize(Problem problem, ServerWebExchange exchange) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.type());
        json.put("title", problem.title());
        json.put("status", problem.status().value());
        json.put("detail", problem.detail());
        json.put("instance", exchange.getRequest().getPath().value());
        String requestId = RequestContext.requestId(exchange);
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        try {
            return objectMapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a problem", e);
        }
    }
}
