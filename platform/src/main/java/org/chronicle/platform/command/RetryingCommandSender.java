package org.chronicle.platform.command;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends commands and retries the ones that lost an append race. Two writers of one aggregate (another instance,
 * or a twin request) both pass their checks against the same version; the event store's unique (aggregate id,
 * sequence) index lets one append in and rejects the other, which must re-run its checks against the winner's
 * state: a duplicate creation then becomes a repeat, a stale revision a version conflict.
 */
public class RetryingCommandSender {

    private static final Logger log = LoggerFactory.getLogger(RetryingCommandSender.class);

    private final CommandGateway commandGateway;
    private final MeterRegistry meterRegistry;
    private final int attempts;

    public RetryingCommandSender(CommandGateway commandGateway, MeterRegistry meterRegistry, int attempts) {
        this.commandGateway = commandGateway;
        this.meterRegistry = meterRegistry;
        this.attempts = attempts;
    }

    public <R> R send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commandGateway.sendAndWait(command);
            } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
                String name = command.getClass().getSimpleName();
                meterRegistry.counter("chronicle.commands.conflicts", "command", name).increment();
                if (attempt >= attempts) {
                    throw conflict;
                }
                log.info("Append conflict on {} (attempt {} of {}), retrying against the current state", name,
                         attempt, attempts);
            }
        }
    }
}
