package org.chronicle.timeline.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chronicle.extraction.Category;
import org.chronicle.platform.input.Languages;
import org.chronicle.timeline.api.TimelineEntry;
import org.chronicle.timeline.api.TimelinePage;
import org.chronicle.timeline.api.TimelineQuery;
import org.chronicle.timeline.query.ArticleVersions;
import org.chronicle.timeline.query.InvalidParameter;
import org.chronicle.timeline.query.TimelineEntries;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public timeline: entries from {@code timeline_entries}, nothing else. */
@RestController
@RequestMapping("/api/timeline")
public class TimelineController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_EXPORT = 10_000;
    static final int MAX_TEXT = 200;
    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final TimelineEntries entries;
    private final ArticleVersions versions;

    public TimelineController(TimelineEntries entries, ArticleVersions versions) {
        this.entries = entries;
        this.versions = versions;
    }

    @GetMapping
    public TimelinePage timeline(@RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String entity,
                                 @RequestParam(required = false) String category,
                                 @RequestParam(required = false) String language,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) String article) {
        LocalDate start = PeriodBound.start("from", from);
        LocalDate end = PeriodBound.end("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidParameter("from", "'from' (" + from + ") is after 'to' (" + to + ").");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidParameter("limit", "'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        return entries.find(new TimelineQuery(start, end, bounded("entity", entity), category(category),
                                              language(language), bounded("q", q), size, blankToNull(cursor),
                                              articleId(article)));
    }

    /** The whole (filtered) timeline as TimelineJS JSON, CSV or iCalendar; at most {@value #MAX_EXPORT} entries. */
    @GetMapping("/export")
    public ResponseEntity<String> export(@RequestParam(defaultValue = "timelinejs") String format,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String entity,
                                         @RequestParam(required = false) String category,
                                         @RequestParam(required = false) String language,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) String article) {
        List<TimelineEntry> all = new ArrayList<>();
        String cursor = null;
        do {
            TimelinePage page = timeline(from, to, entity, category, language, q, MAX_LIMIT, cursor, article);
            all.addAll(page.entries());
            cursor = page.nextCursor();
        } while (cursor != null && all.size() < MAX_EXPORT);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "timelinejs" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(TimelineExport.timelineJs(all));
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chronicle-timeline.csv\"")
                    .body(TimelineExport.csv(all));
            case "ics" -> ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"chronicle-timeline.ics\"")
                    .body(TimelineExport.ics(all, Instant.now()));
            default -> throw new InvalidParameter("format", "'format' must be timelinejs, csv or ics.");
        };
    }

    /** Each version of an article and the dated statements it added to or took from the timeline. */
    @GetMapping("/articles/{articleId}/versions")
    public ArticleVersions.History articleVersions(@PathVariable String articleId) {
        return versions.of(articleId);
    }

    @GetMapping("/{entryId}")
    public TimelineEntry entry(@PathVariable String entryId) {
        return entries.byId(entryId).orElseThrow(() -> new NotFound("No timeline entry " + entryId + "."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Free text (an alias, words of a title) is matched literally, and only up to {@value #MAX_TEXT} characters. */
    private static String bounded(String parameter, String value) {
        String text = blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidParameter(parameter, "'" + parameter + "' must be at most " + MAX_TEXT + " characters.");
        }
        return text;
    }

    private static String category(String value) {
        String name = blankToNull(value);
        if (name == null) {
            return null;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (Arrays.stream(Category.values()).noneMatch(c -> c.name().equals(upper))) {
            throw new InvalidParameter("category", "'category' must be one of "
                    + Arrays.toString(Category.values()) + ".");
        }
        return upper;
    }

    private static String language(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return Languages.iso639(value).orElseThrow(() -> new InvalidParameter("language",
                "'language' must be an ISO 639-1 code such as it, en, ru or ko."));
    }

    private static String articleId(String value) {
        String id = blankToNull(value);
        if (id != null && !ARTICLE_ID.matcher(id).matches()) {
            throw new InvalidParameter("article", "'article' must be an article id.");
        }
        return id;
    }
}
