package org.chronicle.entity.query;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.regex.Pattern;
import org.chronicle.entity.command.EntityInput;
import org.chronicle.platform.input.PlainText;

/**
 * Where a directory page ended: the sort key of its last entity. Opaque to clients; keyset paging stays stable
 * while entities are added, unlike skipping a count.
 */
public record DirectoryCursor(String sortName, String id) {

    // entity ids are UUIDs; any plain token is harmless as a comparison value
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    // lower-casing can lengthen a name (İ becomes i and a combining dot), so its sort key gets twice the room
    private static final int MAX_SORT_NAME = 2 * EntityInput.MAX_TEXT;
    // an id, a newline and such a key of up to 4 bytes per code point, in Base64
    private static final int MAX_CURSOR = 2400;

    public String encode() {
        // ids are UUIDs and names hold no line breaks after normalisation
        return Base64.getUrlEncoder().withoutPadding().encodeToString((id + "\n" + sortName).getBytes(UTF_8));
    }

    /**
     * Checks the shape a cursor of {@link #encode()} has, so that a forged one is refused rather than turned into a
     * query.
     *
     * @throws IllegalArgumentException when {@code cursor} was not made by {@link #encode()}
     */
    public static DirectoryCursor decode(String cursor) {
        if (cursor.length() > MAX_CURSOR) {
            throw new IllegalArgumentException("not a directory cursor");
        }
        String text = new String(Base64.getUrlDecoder().decode(cursor), UTF_8);
        int separator = text.indexOf('\n');
        if (separator <= 0) {
            throw new IllegalArgumentException("not a directory cursor");
        }
        String id = text.substring(0, separator);
        String sortName = text.substring(separator + 1);
        if (!ID.matcher(id).matches() || sortName.isEmpty() || PlainText.valueProblem(sortName) != null
                || sortName.codePointCount(0, sortName.length()) > MAX_SORT_NAME) {
            throw new IllegalArgumentException("not a directory cursor");
        }
        return new DirectoryCursor(sortName, id);
    }
}
