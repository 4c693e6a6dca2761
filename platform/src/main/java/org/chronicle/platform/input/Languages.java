package org.chronicle.platform.input;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** ISO 639-1 language codes, as articles, aliases and the listings' filters take them. */
public final class Languages {

    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());
    // the JDK still lists the withdrawn codes; without this one language could hide under two spellings
    private static final Map<String, String> WITHDRAWN = Map.of("iw", "he", "in", "id", "ji", "yi");

    private Languages() {
    }

    /** The canonical lower-case code for {@code raw} (trimmed, any case), or empty when it names no language. */
    public static Optional<String> iso639(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.strip().toLowerCase(Locale.ROOT);
        code = WITHDRAWN.getOrDefault(code, code);
        return code.length() == 2 && CODES.contains(code) ? Optional.of(code) : Optional.empty();
    }
}
