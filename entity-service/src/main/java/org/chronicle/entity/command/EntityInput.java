package org.chronicle.entity.command;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.chronicle.platform.input.Languages;
import org.chronicle.platform.input.PlainText;

/**
 * How client text becomes stored values. The web layer and the aggregate apply the same rules, so the id the web
 * layer derives and the content the aggregate records always agree; applying them twice changes nothing.
 */
public final class EntityInput {

    public static final int MAX_TEXT = 200;
    public static final int MAX_REASON = 1000;
    public static final int MAX_ALIASES_PER_LANGUAGE = 100;
    /** Across languages, per entity and so per request. */
    public static final int MAX_ALIASES = 500;
    public static final int MAX_EXTERNAL_IDS = 20;

    // UNICODE_CHARACTER_CLASS: no-break and ideographic spaces from pasted text must collapse too
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    private EntityInput() {
    }

    /** NFC, trimmed, inner whitespace collapsed to one space; {@code null} stays {@code null}. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        return WHITESPACE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** A required, normalised text of at most {@link #MAX_TEXT} characters (names and aliases). */
    public static String text(String field, String raw) {
        String unsafe = PlainText.lineProblem(raw);
        if (unsafe != null) {
            throw new InvalidEntityException(field, "'" + field + "' " + unsafe + ".");
        }
        String text = normalize(raw);
        if (text == null || text.isEmpty()) {
            throw new InvalidEntityException(field, "'" + field + "' must not be blank.");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidEntityException(field, "'" + field + "' is longer than " + MAX_TEXT + " characters.");
        }
        return text;
    }

    /** An ISO 639-1 code, lower case. */
    public static String language(String field, String raw) {
        return Languages.iso639(raw).orElseThrow(() -> new InvalidEntityException(field,
                "'" + PlainText.excerpt(raw) + "' is not an ISO 639-1 language code (e.g. it, ru, ko)."));
    }

    /**
     * Languages sorted; per language normalised aliases in the given order, case-insensitive duplicates dropped.
     * The count is checked before any alias is looked at, so a request with a huge list costs nothing.
     */
    public static Map<String, List<String>> aliases(Map<String, List<String>> raw) {
        Map<String, List<String>> result = new TreeMap<>();
        if (raw == null) {
            return result;
        }
        long given = raw.values().stream().mapToLong(list -> list == null ? 0 : list.size()).sum();
        if (given > MAX_ALIASES) {
            throw new InvalidEntityException("aliases", "At most " + MAX_ALIASES + " aliases per entity; "
                    + given + " given.");
        }
        raw.forEach((rawLanguage, rawAliases) -> {
            String language = language("aliases", rawLanguage);
            List<String> aliases = result.computeIfAbsent(language, l -> new ArrayList<>());
            if (rawAliases == null) {
                return;
            }
            for (String rawAlias : rawAliases) {
                String alias = text("aliases." + language, rawAlias);
                if (indexIgnoringCase(aliases, alias) < 0) {
                    aliases.add(alias);
                }
                if (aliases.size() > MAX_ALIASES_PER_LANGUAGE) {
                    throw new InvalidEntityException("aliases." + language,
                            "At most " + MAX_ALIASES_PER_LANGUAGE + " aliases per language.");
                }
            }
        });
        result.values().removeIf(List::isEmpty);
        return result;
    }

    /** Schemes lower case, identifiers normalised; a {@code wikidata} identifier must be a QID. */
    public static Map<String, String> externalIds(Map<String, String> raw) {
        Map<String, String> result = new TreeMap<>();
        if (raw == null) {
            return result;
        }
        if (raw.size() > MAX_EXTERNAL_IDS) {
            throw new InvalidEntityException("externalIds", "At most " + MAX_EXTERNAL_IDS + " external ids.");
        }
        raw.forEach((rawScheme, rawId) -> {
            String scheme = rawScheme == null ? "" : rawScheme.strip().toLowerCase(Locale.ROOT);
            // schemes become field names in the directory's documents: no dots, no dollar signs
            if (!SCHEME.matcher(scheme).matches()) {
                throw new InvalidEntityException("externalIds",
                        "'" + rawScheme + "' is not a valid scheme (lower-case letters, digits, '-', '_').");
            }
            String id = text("externalIds." + scheme, rawId);
            if (scheme.equals("wikidata")) {
                id = id.toUpperCase(Locale.ROOT);
                if (!WIKIDATA.matcher(id).matches()) {
                    throw new InvalidEntityException("externalIds.wikidata",
                            "'" + rawId + "' is not a Wikidata item id (Q followed by digits, e.g. Q7747).");
                }
            }
            if (result.put(scheme, id) != null) {
                throw new InvalidEntityException("externalIds", "Scheme '" + scheme + "' is given twice.");
            }
        });
        return result;
    }

    /** Optional free text of at most {@link #MAX_REASON} characters; blank becomes {@code null}. */
    public static String reason(String raw) {
        String unsafe = PlainText.lineProblem(raw);
        if (unsafe != null) {
            throw new InvalidEntityException("reason", "'reason' " + unsafe + ".");
        }
        String reason = normalize(raw);
        if (reason == null || reason.isEmpty()) {
            return null;
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw new InvalidEntityException("reason", "'reason' is longer than " + MAX_REASON + " characters.");
        }
        return reason;
    }

    /** The form in which names and aliases compare: they match regardless of case, in any script. */
    public static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    public static int indexIgnoringCase(List<String> values, String value) {
        String key = key(value);
        for (int i = 0; i < values.size(); i++) {
            if (key(values.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Deep, mutable copy in insertion order: what aggregates and views keep. */
    public static Map<String, List<String>> copy(Map<String, List<String>> aliases) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aliases.forEach((language, values) -> copy.put(language, new ArrayList<>(values)));
        return copy;
    }
}
