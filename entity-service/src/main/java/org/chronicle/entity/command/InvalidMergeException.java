package org.chronicle.entity.command;

/** A merge that is well-formed but cannot be carried out (into itself, into a missing or inactive entity). */
public class InvalidMergeException extends RuntimeException {

    public InvalidMergeException(String message) {
        super(message);
    }
}
