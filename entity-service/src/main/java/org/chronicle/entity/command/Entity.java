package org.chronicle.entity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityAliasRemoved;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityRenamed;
import org.chronicle.api.entity.EntityRetired;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.entity.api.AddAlias;
import org.chronicle.entity.api.EntityStatus;
import org.chronicle.entity.api.MergeEntity;
import org.chronicle.entity.api.RegisterEntity;
import org.chronicle.entity.api.Registration;
import org.chronicle.entity.api.RemoveAlias;
import org.chronicle.entity.api.RenameEntity;
import org.chronicle.entity.api.RetireEntity;

/**
 * A person, organisation, place, country or agreement that articles mention.
 *
 * <p>State lives in plain mutable fields (no records, no immutable collections): snapshots are written and read
 * field by field with Jackson.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger")
public class Entity {

    @AggregateIdentifier
    private String entityId;
    private EntityType type;
    private String name;
    private Side side;
    private Map<String, List<String>> aliases = new LinkedHashMap<>();
    private Map<String, String> externalIds = new LinkedHashMap<>();
    private EntityStatus status;
    private String mergedInto;
    // the registration as first recorded: repeating it stays idempotent after later renames or alias changes
    private String registeredName;
    private Side registeredSide;
    private Map<String, List<String>> registeredAliases = new LinkedHashMap<>();
    private Map<String, String> registeredExternalIds = new LinkedHashMap<>();

    protected Entity() {
        // for Axon and for snapshots
    }

    /**
     * Creates the entity, or confirms it when it already exists with this content. Its id is derived from the
     * content, so a twin registration lands here rather than in a new aggregate.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Registration handle(RegisterEntity command) {
        RegisterEntity registration = Registrations.prepare(command.type(), command.name(), command.side(),
                                                            command.aliases(), command.externalIds());
        if (!registration.entityId().equals(command.entityId())) {
            throw new InvalidEntityException("id", "Entity id " + command.entityId()
                    + " is not the one this content derives (" + registration.entityId() + ").");
        }
        if (entityId == null) {
            apply(new EntityRegistered(registration.entityId(), registration.type(), registration.name(),
                                       registration.side(), registration.aliases(), registration.externalIds()));
            return new Registration(entityId, true);
        }
        if (matchesRegistered(registration) || matchesCurrent(registration)) {
            return new Registration(entityId, false);
        }
        throw new RegistrationConflictException(entityId, "Entity " + entityId + " is already registered as "
                + type + " '" + name + "' with other content; change it through its own endpoints.");
    }

    @CommandHandler
    public void handle(AddAlias command) {
        requireOpen(command.entityId());
        String language = EntityInput.language("language", command.language());
        String alias = EntityInput.text("alias", command.alias());
        List<String> present = aliases.getOrDefault(language, List.of());
        if (EntityInput.indexIgnoringCase(present, alias) >= 0) {
            return;
        }
        if (present.size() >= EntityInput.MAX_ALIASES_PER_LANGUAGE) {
            throw new InvalidEntityException("alias",
                    "At most " + EntityInput.MAX_ALIASES_PER_LANGUAGE + " aliases per language.");
        }
        if (aliases.values().stream().mapToInt(List::size).sum() >= EntityInput.MAX_ALIASES) {
            throw new InvalidEntityException("alias", "At most " + EntityInput.MAX_ALIASES + " aliases per entity.");
        }
        apply(new EntityAliasAdded(entityId, language, alias));
    }

    @CommandHandler
    public void handle(RemoveAlias command) {
        requireOpen(command.entityId());
        String language = EntityInput.language("language", command.language());
        String alias = EntityInput.text("alias", command.alias());
        List<String> present = aliases.getOrDefault(language, List.of());
        int index = EntityInput.indexIgnoringCase(present, alias);
        if (index < 0) {
            throw new AliasNotFoundException(entityId, language, alias);
        }
        // the event names the alias as stored, so readers can remove it by plain equality
        apply(new EntityAliasRemoved(entityId, language, present.get(index)));
    }

    @CommandHandler
    public void handle(RenameEntity command) {
        requireOpen(command.entityId());
        String newName = EntityInput.text("name", command.name());
        if (newName.equals(name)) {
            return;
        }
        apply(new EntityRenamed(entityId, name, newName));
    }

    @CommandHandler
    public void handle(MergeEntity command) {
        requireRegistered(command.entityId());
        String into = command.intoEntityId() == null ? "" : command.intoEntityId().strip();
        if (into.isEmpty()) {
            throw new InvalidEntityException("into", "'into' must name the entity to merge into.");
        }
        if (status == EntityStatus.MERGED && into.equals(mergedInto)) {
            return;
        }
        requireOpen(command.entityId());
        if (into.equals(entityId)) {
            throw new InvalidMergeException("An entity cannot be merged into itself.");
        }
        apply(new EntityMerged(entityId, into));
    }

    @CommandHandler
    public void handle(RetireEntity command) {
        requireRegistered(command.entityId());
        if (status == EntityStatus.RETIRED) {
            return;
        }
        requireOpen(command.entityId());
        apply(new EntityRetired(entityId, EntityInput.reason(command.reason())));
    }

    @EventSourcingHandler
    void on(EntityRegistered event) {
        entityId = event.entityId();
        type = event.type();
        name = event.name();
        side = event.side();
        aliases = EntityInput.copy(event.aliases() == null ? Map.of() : event.aliases());
        externalIds = new LinkedHashMap<>(event.externalIds() == null ? Map.of() : event.externalIds());
        status = EntityStatus.ACTIVE;
        registeredName = name;
        registeredSide = side;
        registeredAliases = EntityInput.copy(aliases);
        registeredExternalIds = new LinkedHashMap<>(externalIds);
    }

    @EventSourcingHandler
    void on(EntityAliasAdded event) {
        aliases.computeIfAbsent(event.language(), l -> new ArrayList<>()).add(event.alias());
    }

    @EventSourcingHandler
    void on(EntityAliasRemoved event) {
        List<String> present = aliases.get(event.language());
        if (present != null) {
            int index = EntityInput.indexIgnoringCase(present, event.alias());
            if (index >= 0) {
                present.remove(index);
            }
            if (present.isEmpty()) {
                aliases.remove(event.language());
            }
        }
    }

    @EventSourcingHandler
    void on(EntityRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(EntityMerged event) {
        status = EntityStatus.MERGED;
        mergedInto = event.intoEntityId();
    }

    @EventSourcingHandler
    void on(EntityRetired event) {
        status = EntityStatus.RETIRED;
    }

    /** A stream that holds no entity events (an id of another aggregate type) is no entity. */
    private void requireRegistered(String requestedId) {
        if (entityId == null) {
            throw new AggregateNotFoundException(requestedId, "No entity is stored under " + requestedId + ".");
        }
    }

    private void requireOpen(String requestedId) {
        requireRegistered(requestedId);
        if (status != EntityStatus.ACTIVE) {
            throw new EntityClosedException(entityId, status, mergedInto);
        }
    }

    private boolean matchesRegistered(RegisterEntity registration) {
        return type == registration.type()
                && Objects.equals(registeredName, registration.name())
                && registeredSide == registration.side()
                && aliasKeys(registeredAliases).equals(aliasKeys(registration.aliases()))
                && new TreeMap<>(registeredExternalIds).equals(new TreeMap<>(registration.externalIds()));
    }

    private boolean matchesCurrent(RegisterEntity registration) {
        return type == registration.type()
                && Objects.equals(name, registration.name())
                && side == registration.side()
                && aliasKeys(aliases).equals(aliasKeys(registration.aliases()))
                && new TreeMap<>(externalIds).equals(new TreeMap<>(registration.externalIds()));
    }

    /** Aliases compare as they match: per language, regardless of order and case. */
    private static Map<String, Set<String>> aliasKeys(Map<String, List<String>> aliases) {
        Map<String, Set<String>> keys = new TreeMap<>();
        aliases.forEach((language, values) -> {
            if (!values.isEmpty()) {
                keys.put(language, values.stream().map(EntityInput::key).collect(Collectors.toSet()));
            }
        });
        return keys;
    }
}
