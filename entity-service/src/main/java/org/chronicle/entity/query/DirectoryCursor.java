package org.chronicle.entity.query;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;

/**
 * Where a directory page ended: the sort key of its last entity. Opaque to clients; keyset paging stays stable
 * while entities are added, unlike skipping a count.
 */
public record DirectoryCursor(String sortName, String id) {

    public String encode() {
        // ids are UUIDs and names hold no line breaks after normalisation
        return Base64.getUrlEncoder().withoutPadding().encodeToString((id + "\n" + sortName).getBytes(UTF_8));
    }

    /** @throws IllegalArgumentException when {@code cursor} was not made by {@link #encode()} */
    public static DirectoryCursor decode(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), UTF_8);
        int separator = text.indexOf('\n');
        if (separator <= 0) {
            throw new IllegalArgumentException("not a directory cursor");
        }
        return new DirectoryCursor(text.substring(separator + 1), text.substring(0, separator));
    }
}
