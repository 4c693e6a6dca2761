package org.chronicle.entity.command;

/** Input that breaks an entity rule; {@link #field()} names the offending part of the request. */
public class InvalidEntityException extends RuntimeException {

    private final String field;

    public InvalidEntityException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
