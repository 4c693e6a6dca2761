package org.chronicle.extraction.date;

/** The grammatical time of the statement a date expression sits in; it decides which way a relative date resolves. */
public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
