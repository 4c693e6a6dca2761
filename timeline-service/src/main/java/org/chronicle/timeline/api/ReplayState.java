package org.chronicle.timeline.api;

/** Where the last replay stands; {@code IDLE} until one is requested. Ordinals feed the state gauge. */
public enum ReplayState {
    IDLE, RUNNING, DONE, FAILED
}
