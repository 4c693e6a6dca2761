package org.chronicle.api.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The analyst-supplied content of one version of an article.
 *
 * @param publishedAt ISO 8601 as submitted and normalised: an offset date-time
 *                    ({@code 2026-01-01T12:00:00Z}) or a plain date ({@code 2026-01-01}); kept as text so the
 *                    publisher's offset, which decides the local publication day, survives serialisation
 * @param language    ISO 639-1 code, or {@code null} when the submitter left it to detection
 */
public record ArticleContent(String title, String body, String language, String source, String url,
                             String publishedAt) {

    /**
     * The content hash events carry ({@code contentHash}): SHA-256 over the fields in order, each followed by a zero
     * byte so that moving text from one field to the next changes it, as lowercase hex. A revision with the same
     * fingerprint changes nothing.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{title, body, language, source, url, publishedAt}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
