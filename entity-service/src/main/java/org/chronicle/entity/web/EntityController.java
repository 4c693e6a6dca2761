package org.chronicle.entity.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.platform.command.RetryingCommandSender;
import org.chronicle.entity.api.AddAlias;
import org.chronicle.entity.api.EntityPage;
import org.chronicle.entity.api.EntityStatus;
import org.chronicle.entity.api.EntityView;
import org.chronicle.entity.api.MergeEntity;
import org.chronicle.entity.api.RegisterEntity;
import org.chronicle.entity.api.Registration;
import org.chronicle.entity.api.RemoveAlias;
import org.chronicle.entity.api.RenameEntity;
import org.chronicle.entity.api.RetireEntity;
import org.chronicle.entity.command.EntityInput;
import org.chronicle.entity.command.InvalidEntityException;
import org.chronicle.entity.command.InvalidMergeException;
import org.chronicle.entity.command.Registrations;
import org.chronicle.entity.query.DirectoryCursor;
import org.chronicle.entity.query.EntityDirectory;
import org.chronicle.entity.query.EntityViews;
import org.chronicle.platform.web.StoredEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entity API. Writes answer with the entity as its event stream now reads, so a client sees its own change
 * at once; the listing comes from the directory projection and may trail by a moment.
 */
@RestController
@RequestMapping("/api/entities")
public class EntityController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final RetryingCommandSender commands;
    private final EntityViews views;
    private final EntityDirectory directory;

    public EntityController(RetryingCommandSender commands, EntityViews views, EntityDirectory directory) {
        this.commands = commands;
        this.views = views;
        this.directory = directory;
    }

    /** Type and side arrive as text so that an unknown value gets a precise answer, not "malformed body". */
    public record RegisterRequest(String type, String name, String side, Map<String, List<String>> aliases,
                                  Map<String, String> externalIds) {
    }

    public record AliasRequest(String language, String alias) {
    }

    public record RenameRequest(String name) {
    }

    public record MergeRequest(String into) {
    }

    @PostMapping
    public ResponseEntity<EntityView> register(@RequestBody RegisterRequest request) {
        RegisterEntity command = Registrations.prepare(
                constant(EntityType.class, "type", request.type()), request.name(),
                constant(Side.class, "side", request.side()), request.aliases(), request.externalIds());
        Registration registration = commands.send(command);
        EntityView view = views.get(registration.entityId());
        if (registration.created()) {
            return ResponseEntity.created(URI.create("/api/entities/" + view.id()))
                    .eTag(String.valueOf(view.version())).body(view);
        }
        return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
    }

    @GetMapping("/{id}")
    public ResponseEntity<EntityView> get(@PathVariable String id) {
        EntityView view = views.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
    }

    @GetMapping("/{id}/events")
    public List<StoredEvent> events(@PathVariable String id) {
        return views.events(id);
    }

    @GetMapping
    public EntityPage list(@RequestParam(required = false) String q,
                           @RequestParam(required = false) String type,
                           @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String cursor) {
        int pageSize = limit == null ? DEFAULT_LIMIT : limit;
        if (pageSize < 1 || pageSize > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        String text = EntityInput.normalize(q);
        if (text != null && text.codePointCount(0, text.length()) > EntityInput.MAX_TEXT) {
            throw new InvalidParameterException("q", "'q' is longer than " + EntityInput.MAX_TEXT + " characters.");
        }
        EntityType entityType = type == null || type.isBlank() ? null : parameterConstant(type);
        DirectoryCursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = DirectoryCursor.decode(cursor.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("cursor", "'cursor' is not a cursor this listing returned.");
            }
        }
        return directory.list(text, entityType, pageSize, after);
    }

    @PostMapping("/{id}/aliases")
    public EntityView addAlias(@PathVariable String id, @RequestBody AliasRequest request) {
        commands.send(new AddAlias(id, request.language(), request.alias()));
        return views.get(id);
    }

    @DeleteMapping("/{id}/aliases/{language}/{alias}")
    public EntityView removeAlias(@PathVariable String id, @PathVariable String language,
                                  @PathVariable String alias) {
        commands.send(new RemoveAlias(id, language, alias));
        return views.get(id);
    }

    /** The same, for aliases that contain a slash: servlet containers reject an encoded one in a path. */
    @DeleteMapping("/{id}/aliases/{language}")
    public EntityView removeAliasNamedInQuery(@PathVariable String id, @PathVariable String language,
                                              @RequestParam String alias) {
        return removeAlias(id, language, alias);
    }

    @PutMapping("/{id}/name")
    public EntityView rename(@PathVariable String id, @RequestBody RenameRequest request) {
        commands.send(new RenameEntity(id, request.name()));
        return views.get(id);
    }

    @PostMapping("/{id}/merge")
    public EntityView merge(@PathVariable String id, @RequestBody MergeRequest request) {
        String into = request.into() == null ? "" : request.into().strip();
        if (into.isEmpty()) {
            throw new InvalidEntityException("into", "'into' must name the entity to merge into.");
        }
        views.get(id);
        // the aggregate sees only itself; whether the target can absorb it is checked here, against its stream
        if (!into.equals(id)) {
            EntityView target = views.find(into)
                    .orElseThrow(() -> new InvalidMergeException("Merge target " + into + " does not exist."));
            if (target.status() == EntityStatus.MERGED) {
                throw new InvalidMergeException("Merge target " + into + " was itself merged into "
                        + target.mergedInto() + "; merge into that entity instead.");
            }
            if (target.status() != EntityStatus.ACTIVE) {
                throw new InvalidMergeException("Merge target " + into + " is " + target.status() + ".");
            }
        }
        commands.send(new MergeEntity(id, into));
        return views.get(id);
    }

    @DeleteMapping("/{id}")
    public EntityView retire(@PathVariable String id, @RequestParam(required = false) String reason) {
        commands.send(new RetireEntity(id, reason));
        return views.get(id);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidEntityException(field, "Unknown " + field + " '" + value + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static EntityType parameterConstant(String value) {
        try {
            return EntityType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("type", "Unknown type '" + value + "'; expected one of "
                    + Arrays.toString(EntityType.values()) + ".");
        }
    }
}
