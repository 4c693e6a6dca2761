package org.chronicle.platform.input;

import java.util.Locale;

/**
 * Which characters client text may hold. Text is stored in events for good and shown in pages, exports and logs,
 * so it must not carry invisible controls: control characters (a NUL ends strings in C and in MongoDB regular
 * expressions), bidirectional overrides and isolates (which make a title display in another order than it is
 * stored, e.g. to disguise a URL or a name), or unpaired surrogates (which are not Unicode and cannot be encoded as
 * UTF-8).
 */
public final class PlainText {

    private static final int EXCERPT = 60;

    private PlainText() {
    }

    /**
     * Why {@code value} cannot be a single-line field (a title, a name, an alias, a URL), or {@code null} when it can.
     * Line breaks and tabs are whitespace there and are left to the field's normalisation, which collapses them.
     */
    public static String lineProblem(String value) {
        return problem(value, Kind.LINE);
    }

    /** Why {@code value} cannot be a multi-line text (an article body), or {@code null}; tabs and line breaks are fine. */
    public static String textProblem(String value) {
        return problem(value, Kind.TEXT);
    }

    /** Why {@code value} cannot be a value taken as given (a query parameter), or {@code null}: no control at all. */
    public static String valueProblem(String value) {
        return problem(value, Kind.VALUE);
    }

    private enum Kind { LINE, TEXT, VALUE }

    /**
     * Client text safe to quote in an answer or a log line: at most {@value #EXCERPT} characters, every control,
     * bidirectional control and surrogate half replaced by U+FFFD.
     */
    public static String excerpt(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        int[] codePoints = value.codePoints().limit(EXCERPT + 1L).toArray();
        for (int i = 0; i < Math.min(codePoints.length, EXCERPT); i++) {
            int c = codePoints[i];
            // codePoints() yields a surrogate only when it is unpaired
            boolean unsafe = Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
                    || (c <= Character.MAX_VALUE && bidiControl((char) c));
            safe.appendCodePoint(unsafe ? 0xFFFD : c);
        }
        return codePoints.length > EXCERPT ? safe + "…" : safe.toString();
    }

    private static String problem(String value, Kind kind) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (" + codePoint(c) + "), which is not Unicode text";
            } else if (Character.getType(c) == Character.CONTROL && !allowedControl(c, kind)) {
                return "contains the control character " + codePoint(c);
            } else if (kind != Kind.TEXT && bidiControl(c)) {
                return "contains the bidirectional control " + codePoint(c)
                        + ", which makes text display in another order than it is stored";
            }
        }
        return null;
    }

    private static boolean allowedControl(char c, Kind kind) {
        return switch (kind) {
            case TEXT -> c == '\n' || c == '\r' || c == '\t';
            // the controls that are Unicode whitespace: single-line fields collapse them to one space
            case LINE -> c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085';
            case VALUE -> false;
        };
    }

    /** Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069. */
    private static boolean bidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
