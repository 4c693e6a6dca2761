package org.chronicle.extraction.date;

/** Which occurrence of a recurring day or month an expression means, seen from the publication date. */
enum Direction {
    /** the latest one on or before publication: past and unknown tense (news mostly reports the past). */
    ON_OR_BEFORE,
    /** the earliest one on or after publication: future tense. */
    ON_OR_AFTER,
    /** the latest one strictly before publication: "last", "scorso", "прошлый", "지난". */
    BEFORE,
    /** the earliest one strictly after publication: "next", "prossimo", "следующий", "오는". */
    AFTER,
    /** the closest one either way, ties to the past: present tense ("is visiting ... on Wednesday"). */
    NEAREST;

    static Direction of(Tense tense) {
        return switch (tense) {
            case FUTURE -> ON_OR_AFTER;
            case PRESENT -> NEAREST;
            case PAST, UNKNOWN -> ON_OR_BEFORE;
        };
    }
}
