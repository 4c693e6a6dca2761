package org.chronicle.extraction.date;

/** How precisely a text dates something: a day, a month, or only a year. */
public enum DatePrecision { DAY, MONTH, YEAR }
