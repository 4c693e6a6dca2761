package org.chronicle.extraction.date;

/**
 * A word that pins a relative expression to one occurrence: "scorso", "прошлого года", "지난", "next".
 * The suffix is appended to the rule id, so the evidence says which reading was taken.
 */
enum Qualifier {
    /** strictly before publication ("lo scorso settembre", "last Wednesday", "지난 19일"). */
    LAST("last"),
    /** strictly after publication ("il prossimo giugno", "next Monday", "오는 25일"). */
    NEXT("next"),
    /** the current one ("this Wednesday", "questo mese"): no suffix, tense decides for weekdays. */
    THIS(""),
    PREV_YEAR("prev-year"),
    THIS_YEAR("this-year"),
    NEXT_YEAR("next-year"),
    PREV_MONTH("prev-month"),
    THIS_MONTH("this-month"),
    NEXT_MONTH("next-month"),
    PREV_WEEK("last-week"),
    THIS_WEEK("this-week"),
    NEXT_WEEK("next-week");

    final String suffix;

    Qualifier(String suffix) {
        this.suffix = suffix;
    }
}
