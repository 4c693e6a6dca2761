package org.chronicle.gateway.security;

import java.util.Locale;
import java.util.Optional;

/** What an API key may do. {@code ADMIN} can do everything {@code EDITOR} can. */
public enum Role {
    EDITOR,
    ADMIN;

    public boolean grants(Role required) {
        return this == ADMIN || this == required;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromLabel(String label) {
        for (Role role : values()) {
            if (role.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
