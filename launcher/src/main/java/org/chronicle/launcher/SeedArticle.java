package org.chronicle.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seed article file: a front-matter block of {@code key: value} lines between {@code ---} lines (title, language,
 * source, url, publishedAt), then the body exactly as published.
 */
record SeedArticle(Map<String, String> fields) {

    static final List<String> KEYS = List.of("title", "language", "source", "url", "publishedAt");

    static SeedArticle read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new IllegalArgumentException(file + ": a seed article starts with a '---' front-matter line");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int line = 1;
        for (; line < lines.size() && !lines.get(line).strip().equals("---"); line++) {
            String entry = lines.get(line);
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(file + ":" + (line + 1) + ": expected 'key: value'");
            }
            String key = entry.substring(0, colon).strip();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ":" + (line + 1) + ": unknown key '" + key + "'");
            }
            fields.put(key, entry.substring(colon + 1).strip());
        }
        if (line >= lines.size()) {
            throw new IllegalArgumentException(file + ": the front matter is not closed with '---'");
        }
        fields.put("body", String.join("\n", lines.subList(line + 1, lines.size())).strip());
        return new SeedArticle(fields);
    }
}
