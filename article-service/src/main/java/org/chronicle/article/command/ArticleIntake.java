package org.chronicle.article.command;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleEvent;
import org.chronicle.article.command.InvalidArticleException.FieldProblem;
import org.chronicle.platform.input.Languages;
import org.chronicle.platform.input.PlainText;

/**
 * The field rules every submitted or revised article passes before it becomes a command: all problems are
 * collected and reported together, and admitted content is normalised so that equal articles hash equally.
 */
public class ArticleIntake {

    static final int MAX_TITLE = 500;
    static final int MAX_SOURCE = 200;
    static final int MAX_URL = 2048;
    /** A publication time may run a little ahead of this machine's clock (publisher clocks, time zones). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    /** Earlier than this is a typo or a placeholder (year 0, 0001-01-01), not a news article's publication. */
    static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(1900, 1, 1);

    private final int maxBodyChars;
    private final Clock clock;

    public ArticleIntake(int maxBodyChars, Clock clock) {
        this.maxBodyChars = maxBodyChars;
        this.clock = clock;
    }

    public AdmittedArticle admit(ArticleContent raw) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(raw.title(), "title", MAX_TITLE, true, problems);
        String body = body(raw.body(), problems);
        String language = language(raw.language(), problems);
        String source = text(raw.source(), "source", MAX_SOURCE, false, problems);
        String url = url(raw.url(), problems);
        String publishedAt = publishedAt(raw.publishedAt(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(problems);
        }
        ArticleContent content = new ArticleContent(title, body, language, source, url, publishedAt);
        return new AdmittedArticle(ArticleEvent.idForUrl(url), content, content.fingerprint());
    }

    private static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "must not be blank"));
            }
            return null;
        }
        String unsafe = PlainText.lineProblem(value);
        if (unsafe != null) {
            problems.add(new FieldProblem(field, unsafe));
            return null;
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("(?U)\\s+", " ").strip();
        if (normalised.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
        return normalised;
    }

    private String body(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("body", "must not be blank"));
            return null;
        }
        String unsafe = PlainText.textProblem(value);
        if (unsafe != null) {
            problems.add(new FieldProblem("body", unsafe));
            return null;
        }
        // paragraphs matter to the extraction, so only line endings and the outer whitespace are normalised
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
        if (normalised.length() > maxBodyChars) {
            problems.add(new FieldProblem("body", "must be at most " + maxBodyChars + " characters"));
        }
        return normalised;
    }

    private static String language(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Languages.iso639(value).orElseGet(() -> {
            problems.add(new FieldProblem("language", "must be an ISO 639-1 code such as it, en, ru or ko"));
            return null;
        });
    }

    static String url(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("url", "must not be blank"));
            return null;
        }
        String unsafe = PlainText.lineProblem(value);
        if (unsafe != null) {
            problems.add(new FieldProblem("url", unsafe));
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_URL) {
            problems.add(new FieldProblem("url", "must be at most " + MAX_URL + " characters"));
            return null;
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null || uri.getUserInfo() != null) {
                problems.add(new FieldProblem("url", "must be an absolute http(s) URL with a host and no credentials"));
                return null;
            }
            String host = IDN.toASCII(uri.getHost()).toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            // the fragment is a place within the page, not another article
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(new FieldProblem("url", "is not a valid URL"));
            return null;
        }
    }

    private String publishedAt(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("publishedAt", "must not be blank"));
            return null;
        }
        String trimmed = value.strip();
        Instant latest = clock.instant().plus(CLOCK_TOLERANCE);
        try {
            OffsetDateTime dateTime = OffsetDateTime.parse(trimmed);
            if (dateTime.toInstant().isAfter(latest)) {
                problems.add(new FieldProblem("publishedAt", "must not be in the future"));
            } else if (dateTime.toLocalDate().isBefore(EARLIEST_PUBLICATION)) {
                problems.add(new FieldProblem("publishedAt", "must not be before " + EARLIEST_PUBLICATION));
            }
            return dateTime.toString();
        } catch (DateTimeParseException notADateTime) {
            try {
                LocalDate date = LocalDate.parse(trimmed);
                // a bare date is somebody's today somewhere: compare with the easternmost zone
                if (date.isAfter(LocalDate.ofInstant(latest, ZoneOffset.ofHours(14)))) {
                    problems.add(new FieldProblem("publishedAt", "must not be in the future"));
                } else if (date.isBefore(EARLIEST_PUBLICATION)) {
                    problems.add(new FieldProblem("publishedAt", "must not be before " + EARLIEST_PUBLICATION));
                }
                return date.toString();
            } catch (DateTimeParseException notADate) {
                problems.add(new FieldProblem("publishedAt",
                        "must be ISO 8601: a date-time with offset (2026-01-01T12:00:00Z) or a date (2026-01-01)"));
                return null;
            }
        }
    }
}
