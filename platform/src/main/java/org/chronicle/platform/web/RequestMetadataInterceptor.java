package org.chronicle.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;

/**
 * Copies the request id and actor from the web request into each command's metadata; Axon's correlation data
 * providers then carry them onto every event the command produces, so the event store records who and which
 * request caused each change.
 */
public class RequestMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> metadata = new HashMap<>();
            putIfPresent(metadata, RequestContext.REQUEST_ID);
            putIfPresent(metadata, RequestContext.ACTOR);
            return metadata.isEmpty() ? command : command.andMetaData(metadata);
        };
    }

    private static void putIfPresent(Map<String, Object> metadata, String key) {
        String value = MDC.get(key);
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
