package org.chronicle.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured API keys, held only as SHA-256 digests and compared in constant time.
 * <p>
 * Format (environment {@code CHRONICLE_API_KEYS}, property {@code chronicle.gateway.api-keys}):
 * comma-separated entries, each {@code role:key} or {@code name:role:key}; {@code role} is {@code admin}
 * or {@code editor}; the name defaults to the role and must be a plain token ({@code [A-Za-z0-9._-]}, at
 * most 64 characters) because it becomes the {@code X-Chronicle-Actor} header. With {@code role:key} the
 * key is everything after the first colon. A malformed entry stops start-up; messages never show keys.
 */
public final class ApiKeyRegistry {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyRegistry.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int SHORT_KEY_CHARS = 16;

    private record Entry(byte[] digest, ApiKeyPrincipal principal) {
    }

    private final List<Entry> entries;

    private ApiKeyRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ApiKeyRegistry parse(String spec) {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] items = spec == null ? new String[0] : spec.split(",");
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim();
            if (item.isEmpty()) {
                continue;
            }
            Entry entry = parseEntry(item, i + 1);
            for (Entry existing : entries) {
                if (MessageDigest.isEqual(existing.digest(), entry.digest())) {
                    throw new IllegalArgumentException("CHRONICLE_API_KEYS: entry " + (i + 1)
                            + " repeats the key of '" + existing.principal().name() + "'");
                }
            }
            if (!names.add(entry.principal().name())) {
                log.warn("Several API keys are named '{}'; their actions cannot be told apart in the logs",
                        entry.principal().name());
            }
            entries.add(entry);
        }
        ApiKeyRegistry registry = new ApiKeyRegistry(entries);
        if (registry.isEmpty()) {
            log.warn("No API key configured (CHRONICLE_API_KEYS / chronicle.gateway.api-keys is empty): every write "
                    + "and every /api/admin request will be refused with 401. Set e.g. "
                    + "CHRONICLE_API_KEYS=admin:<long-random-key>,editor:<long-random-key>");
        } else {
            log.info("{} API key(s) configured: {}", entries.size(), registry.principals());
        }
        return registry;
    }

    private static Entry parseEntry(String item, int position) {
        String[] parts = item.split(":", 3);
        String name;
        Role role;
        String key;
        Optional<Role> second = parts.length == 3 ? Role.fromLabel(parts[1]) : Optional.empty();
        Optional<Role> first = parts.length >= 2 ? Role.fromLabel(parts[0]) : Optional.empty();
        if (second.isPresent()) {
            name = parts[0].trim();
            role = second.get();
            key = parts[2].trim();
        } else if (first.isPresent()) {
            role = first.get();
            name = role.label();
            key = item.substring(item.indexOf(':') + 1).trim();
        } else {
            throw new IllegalArgumentException("CHRONICLE_API_KEYS: entry " + position
                    + " is not 'role:key' or 'name:role:key' with role admin or editor");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("CHRONICLE_API_KEYS: entry " + position
                    + " has a name that is not a plain token ([A-Za-z0-9._-], at most 64 characters)");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("CHRONICLE_API_KEYS: entry " + position + " ('" + name
                    + "') has an empty key");
        }
        if (key.length() < SHORT_KEY_CHARS) {
            log.warn("API key '{}' is shorter than {} characters; use a long random key", name, SHORT_KEY_CHARS);
        }
        return new Entry(sha256(key), new ApiKeyPrincipal(name, role));
    }

    /** The principal of a presented key, if it is one of the configured keys. Compares every entry in constant time. */
    public Optional<ApiKeyPrincipal> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = sha256(presentedKey);
        ApiKeyPrincipal match = null;
        for (Entry entry : entries) {
            // no early exit: the time taken does not depend on which entry matches
            if (MessageDigest.isEqual(entry.digest(), digest) && match == null) {
                match = entry.principal();
            }
        }
        return Optional.ofNullable(match);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<ApiKeyPrincipal> principals() {
        return entries.stream().map(Entry::principal).toList();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
