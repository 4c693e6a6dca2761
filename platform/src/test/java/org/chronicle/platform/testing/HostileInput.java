package org.chronicle.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates what a hostile or broken client sends: arbitrary JSON, a valid body with one thing wrong (a field of
 * the wrong type, missing, unknown, duplicated, hostile text, deep nesting, truncation, a second value, invalid
 * UTF-8), and query strings with operator-looking names, hostile values and forged cursors. Seeded, so a failing
 * run can be replayed.
 */
public final class HostileInput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // \\uXXXX escapes carry what UTF-8 cannot: unpaired surrogates
    private static final ObjectWriter ESCAPING = new ObjectMapper().writer()
            .with(JsonWriteFeature.ESCAPE_NON_ASCII);

    /** Text that has broken or fooled services before. */
    static final List<String> NASTY_TEXT = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0007\u001b[31m", "\u007f", "\u0085", "line\nbreak", "\r\n", "\t",
            "\u202Egnp.exe", "\u2066isolated\u2069", "\u202Aembedded\u202C", "\uD800", "x\uDFFFy", "\uFEFF", "\uFFFF",
            "$ne", "$where", "{\"$gt\":\"\"}", "this.title == 'x'", "(a+)+$", "(.*a){20}", "^.*$", "\\", "\\E.*\\Q",
            "'; DROP TABLE articles; --", "<script>alert(1)</script>", "javascript:alert(1)", "file:///etc/passwd",
            "data:text/html,<b>x</b>", "http://", "https://user:pw@example.org/", "//example.org/x", "http://[::1",
            "ftp://example.org", "0000-01-01", "-0001-01-01", "+99999-01-01T00:00:00Z", "9999-12-31", "2026-02-30",
            "2026-01-01T25:00:00Z", "yesterday", "1e309", "-0", "NaN", "xx", "zz", "en-US", "EN", "iw", "klingon",
            "%00", "../../etc/passwd", "Ω".repeat(600), "😀".repeat(300), "x".repeat(5000), "a".repeat(70_000));

    static final List<String> NASTY_NAMES = List.of(
            "$where", "$gt", "$ne", "title.$gt", "a.b", "entity[$ne]", "__proto__", "constructor", "", " ",
            "\u0000", "\u202Etitle", "TITLE", "id", "version", "_id", "_class", "@type", "x".repeat(2000));

    private static final List<String> OPERATOR_PARAMETERS = List.of(
            "entity[$ne]", "q[$regex]", "$where", "title.$gt", "limit[]", "a.b", "__proto__", "cursor[0]");

    /** Already percent-encoded: escapes that decode to invalid UTF-8 or controls, bare names, repeats. */
    private static final List<String> RAW_PARAMETERS = List.of(
            "q=%ff", "q=%c0%80", "q=%ed%a0%80", "limit", "=x", "&&", "q=%00", "cursor=%25", "limit=1&limit=2");

    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};

    private final SplittableRandom random;

    public HostileInput(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public String text() {
        return switch (random.nextInt(8)) {
            case 0, 1, 2, 3 -> pick(NASTY_TEXT);
            case 4, 5 -> chars(random.nextInt(61), 0, 0xFFFF);
            case 6 -> codePoints(random.nextInt(101));
            default -> chars(1 + random.nextInt(5), 0, 0x1F);
        };
    }

    /** Any JSON value, nested at most {@code depth} levels. */
    public JsonNode json(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 8);
        switch (kind) {
            case 0, 1, 2:
                return NODES.textNode(text());
            case 3:
                return NODES.numberNode(random.nextLong());
            case 4:
                return NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(-20, 310)));
            case 5:
                return NODES.numberNode(new BigInteger(1 + random.nextInt(200), new java.util.Random(random.nextLong())));
            case 6:
                return NODES.booleanNode(random.nextBoolean());
            case 7:
                return NODES.nullNode();
            case 8: {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(json(depth - 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(name(), json(depth - 1));
                }
                return object;
            }
        }
    }

    public String name() {
        return random.nextBoolean() ? pick(NASTY_NAMES) : chars(random.nextInt(21), 0x20, 0x7E);
    }

    /**
     * A UTF-8 body around {@code valid}: the valid object with one thing wrong, arbitrary JSON or text, or invalid
     * UTF-8. Some are valid requests after all; those may be accepted.
     */
    public byte[] bodyAround(ObjectNode valid) {
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        String field = pick(fields);
        String text = valid.toString();
        ObjectNode changed = valid.deepCopy();
        String body = switch (random.nextInt(16)) {
            case 0, 1, 2 -> write(changed.set(field, json(2)));
            case 3, 4, 5 -> write(changed.put(field, text()));
            case 6, 7 -> write(changed.without(field));
            case 8, 9 -> write(changed.set(name(), json(1)));
            case 10 -> text.substring(0, text.length() - 1) + "," + NODES.textNode(field) + ":" + NODES.textNode(text()) + "}";
            case 11 -> {
                int depth = 20 + random.nextInt(5000);
                yield "{" + NODES.textNode(field) + ":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
            case 12 -> text.substring(0, random.nextInt(text.length()));
            case 13 -> text + json(1);
            case 14 -> random.nextBoolean() ? json(3).toString() : text();
            default -> null;
        };
        return body != null ? body.getBytes(StandardCharsets.UTF_8) : invalidUtf8(text);
    }

    /** {@code json} with a byte sequence that is not UTF-8 just inside one of its strings. */
    public byte[] invalidUtf8(String json) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) == '"') {
                quotes.add(i);
            }
        }
        int at = pick(quotes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at + 1).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
        out.writeBytes(json.substring(at + 1).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * A query string (without {@code ?}) of up to four parameters: the endpoint's own names and operator-looking
     * ones, with hostile values, huge numbers and forged cursors, percent-encoded as a client would. The request
     * line stays under the servlet container's 8 KiB header limit, which refuses before any filter can answer.
     */
    public String query(String... knownNames) {
        List<String> parameters = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            if (random.nextInt(6) == 0) {
                parameters.add(pick(RAW_PARAMETERS));
                continue;
            }
            String name = switch (random.nextInt(5)) {
                case 0, 1, 2 -> pick(List.of(knownNames));
                case 3 -> pick(OPERATOR_PARAMETERS);
                default -> chars(1 + random.nextInt(12), 0, 0xFFFF);
            };
            String value = switch (random.nextInt(4)) {
                case 0 -> text();
                case 1 -> String.valueOf(random.nextLong());
                case 2 -> pick(List.of("0", "-1", "201", "2147483648", "99999999999999999999", "1.5", "ten", ""));
                default -> forgedCursor();
            };
            String encodedValue = encode(value);
            parameters.add(encode(name) + "=" + (encodedValue.length() <= 1500 ? encodedValue : encodedValue.substring(0, 1500)
                    .replaceAll("%[0-9A-F]?$", "")));
        }
        return String.join("&", parameters);
    }

    /** What a forger would try: Base64 of plausible and implausible positions, or not Base64 at all. */
    public String forgedCursor() {
        String position = switch (random.nextInt(3)) {
            case 0 -> pick(List.of("0:$ne", "9223372036854775807:" + "0".repeat(36), "-1:x", ":", "\n", "x\n$gt",
                    "2024-01-01\n{\"$gt\":\"\"}", "99999999999999999999999:00000000-0000-0000-0000-000000000000",
                    "00000000-0000-0000-0000-000000000000\n\u0000", "00000000-0000-0000-0000-000000000000\n" + "z".repeat(300)));
            case 1 -> text();
            default -> null;
        };
        return position == null
                ? chars(random.nextInt(41), 0x21, 0x7E)
                : Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private String write(JsonNode json) {
        try {
            return random.nextBoolean() ? ESCAPING.writeValueAsString(json) : json.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String chars(int length, int from, int to) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(from, to + 1));
        }
        return text.toString();
    }

    private String codePoints(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
