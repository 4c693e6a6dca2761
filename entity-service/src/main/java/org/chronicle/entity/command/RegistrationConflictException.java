package org.chronicle.entity.command;

/** The deterministic id of a registration is taken by an entity registered with other content. */
public class RegistrationConflictException extends RuntimeException {

    private final String existingId;

    public RegistrationConflictException(String existingId, String message) {
        super(message);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
