package org.chronicle.entity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.chronicle.api.entity.EntityType;
import org.chronicle.platform.command.RetryingCommandSender;
import org.chronicle.api.entity.Side;
import org.chronicle.entity.api.EntityStatus;
import org.chronicle.entity.api.EntityView;
import org.chronicle.entity.api.Registration;
import org.chronicle.entity.query.EntityDirectory;
import org.chronicle.entity.query.EntityViews;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A twin registration racing on another instance makes our first append fail on the store's unique index; the
 * controller retries and then finds the entity the other instance created. One JVM cannot provoke the race
 * (Axon locks the aggregate id), so the gateway is scripted here.
 */
class EntityControllerRetryTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final EntityViews views = mock(EntityViews.class);
    private final EntityController controller = new EntityController(
            new RetryingCommandSender(commands, new SimpleMeterRegistry(), 3), views, mock(EntityDirectory.class));

    private static final EntityController.RegisterRequest KURSK =
            new EntityController.RegisterRequest("PLACE", "Kursk", "RUSSIA", null, null);

    @Test
    void aLostCreationRaceIsRetriedAndAnswersTheExistingEntity() {
        when(commands.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("taken"))
                                         .thenReturn(new Registration("kursk-id", false));
        when(views.get("kursk-id")).thenReturn(new EntityView("kursk-id", EntityType.PLACE, "Kursk", Side.RUSSIA,
                                                              Map.of(), Map.of(), EntityStatus.ACTIVE, null, 1));

        ResponseEntity<EntityView> response = controller.register(KURSK);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().id()).isEqualTo("kursk-id");
        verify(commands, times(2)).sendAndWait(any());
    }

    @Test
    void persistentConflictsGiveUpAfterThreeAttempts() {
        when(commands.sendAndWait(any())).thenThrow(new ConcurrencyException("busy"));

        assertThatThrownBy(() -> controller.register(KURSK)).isInstanceOf(ConcurrencyException.class);
        verify(commands, times(3)).sendAndWait(any());
    }
}
