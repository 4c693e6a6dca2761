package org.chronicle.extraction.date;

import java.time.temporal.ChronoUnit;

/**
 * A fixed offset a word names: "ieri" is one day back, "в прошлом году" one year back, "il giorno dopo" one
 * day after the date resolved before it.
 *
 * @param id     the rule id after the language prefix ("yesterday", "last-year", "following-day")
 * @param unit   DAYS, WEEKS, MONTHS or YEARS
 * @param offset how many units from the anchor, negative for the past
 */
record RelativeTerm(String id, ChronoUnit unit, int offset) {
}
