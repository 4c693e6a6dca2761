package org.chronicle.api.entity;

/** Which side of the Russia–DPRK relationship an entity belongs to. */
public enum Side { RUSSIA, DPRK, OTHER }
