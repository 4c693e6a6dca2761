package org.chronicle.entity.command;

public class AliasNotFoundException extends RuntimeException {

    public AliasNotFoundException(String entityId, String language, String alias) {
        super("Entity " + entityId + " has no alias '" + alias + "' in language '" + language + "'.");
    }
}
