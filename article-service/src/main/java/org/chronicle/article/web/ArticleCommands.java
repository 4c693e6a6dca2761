package org.chronicle.article.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends article commands, retrying the ones that lost an append race: two writers of the same article both passed
 * their checks against the same version, the unique sequence index let one in, and the other must re-check
 * against what won (which turns a duplicate submission into a repeat, a stale revision into a 412).
 */
@Component
class ArticleCommands {

    private static final Logger log = LoggerFactory.getLogger(ArticleCommands.class);
    private static final int ATTEMPTS = 3;

    private final CommandGateway commandGateway;
    private final MeterRegistry meterRegistry;

    ArticleCommands(CommandGateway commandGateway, MeterRegistry meterRegistry) {
        this.commandGateway = commandGateway;
        this.meterRegistry = meterRegistry;
    }

    <R> R send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commandGateway.sendAndWait(command);
            } catch (ConcurrencyException conflict) {
                meterRegistry.counter("chronicle.articles.conflicts", "command", command.getClass().getSimpleName())
                        .increment();
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                log.info("Append conflict on {}, attempt {} of {}; retrying", command.getClass().getSimpleName(),
                         attempt, ATTEMPTS);
            }
        }
    }
}
