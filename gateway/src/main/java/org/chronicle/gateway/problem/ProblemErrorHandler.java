package org.chronicle.gateway.problem;

import org.chronicle.gateway.web.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one place errors become responses: every gateway-generated error is an RFC 9457 problem.
 * Runs ahead of Boot's default handler (order -1), which would otherwise answer with its own JSON shape.
 * Upstream responses, problems included, never come through here: they pass through unchanged.
 */
@Component
public class ProblemErrorHandler implements ErrorWebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final String CUT = ProblemErrorHandler.class.getName() + ".cut";

    private final ProblemMapper mapper;
    private final ProblemResponseWriter writer;

    public ProblemErrorHandler(ProblemMapper mapper, ProblemResponseWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            // the status line is already out (e.g. an upstream died mid-body): all we can do is cut the connection.
            // WebFlux hands the same error to this handler a second time on its way out; log it once.
            if (exchange.getAttributes().putIfAbsent(CUT, Boolean.TRUE) == null) {
                log.warn("Answer cut after {} was sent for {} {} (requestId={}): {}",
                        exchange.getResponse().getStatusCode(), exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath().value(), RequestContext.requestId(exchange), error.toString());
            }
            return Mono.error(error);
        }
        Problem problem = mapper.map(exchange, error);
        logFailure(exchange, problem, error);
        return writer.write(exchange, problem);
    }

    /** True when the answer was cut after its status line went out: the client saw a broken connection. */
    public static boolean answerCut(ServerWebExchange exchange) {
        return exchange.getAttribute(CUT) != null;
    }

    private static void logFailure(ServerWebExchange exchange, Problem problem, Throwable error) {
        String requestId = RequestContext.requestId(exchange);
        int status = problem.status().value();
        if (status == 500) {
            log.error("Unexpected failure handling {} {} (requestId={})", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), requestId, error);
        } else if (status >= 500) {
            log.warn("{} for {} {} (requestId={}): {}", status, exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), requestId, error.toString());
        } else if (log.isDebugEnabled()) {
            log.debug("{} for {} {} (requestId={}): {}", status, exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), requestId, problem.detail());
        }
    }

    @Override
    public int getOrder() {
        return -2;
    }
}
