package org.chronicle.timeline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chronicle.timeline.api.TimelineEntry;

/**
 * The timeline in the formats analysts take elsewhere: TimelineJS's JSON, CSV and iCalendar. Everything in an entry
 * comes from submitted articles, so it is escaped for the format that carries it (TimelineJS renders HTML, spreadsheet
 * programs run formulas, iCalendar has its own escapes).
 */
final class TimelineExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ICS_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TimelineExport() {
    }

    static String timelineJs(List<TimelineEntry> entries) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode title = root.putObject("title");
        title.putObject("text").put("headline", "Russia–DPRK relations").put("text", "Chronicle timeline export");
        ArrayNode events = root.putArray("events");
        for (TimelineEntry entry : entries) {
            ObjectNode event = events.addObject();
            ObjectNode start = event.putObject("start_date");
            String[] parts = entry.date().split("-");
            start.put("year", Integer.parseInt(parts[0]));
            if (parts.length > 1) {
                start.put("month", Integer.parseInt(parts[1]));
            }
            if (parts.length > 2) {
                start.put("day", Integer.parseInt(parts[2]));
            }
            event.put("display_date", displayDate(entry));
            event.putObject("text").put("headline", html(entry.title())).put("text", sourcesHtml(entry));
            event.put("group", entry.category());
            event.put("unique_id", entry.id());
        }
        return root.toString();
    }

    static String csv(List<TimelineEntry> entries) {
        StringBuilder out = new StringBuilder("id,date,precision,category,title,entities,sources,urls,date_conflict\r\n");
        for (TimelineEntry entry : entries) {
            out.append(String.join(",", List.of(
                    cell(entry.id()), cell(entry.date()), cell(entry.precision()), cell(entry.category()),
                    cell(entry.title()),
                    cell(entry.entities().stream().map(TimelineEntry.EntityRef::name).collect(Collectors.joining("; "))),
                    cell(String.valueOf(entry.sources().size())),
                    cell(entry.sources().stream().map(TimelineEntry.Source::url).collect(Collectors.joining(" "))),
                    cell(String.valueOf(entry.dateConflict()))))).append("\r\n");
        }
        return out.toString();
    }

    static String ics(List<TimelineEntry> entries, Instant generatedAt) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Chronicle//Russia-DPRK timeline//EN");
        line(out, "CALSCALE:GREGORIAN");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(generatedAt);
        for (TimelineEntry entry : entries) {
            LocalDate start = firstDay(entry.date());
            LocalDate end = switch (entry.precision()) {
                case "DAY" -> start.plusDays(1);
                case "MONTH" -> start.plusMonths(1);
                default -> start.plusYears(1);
            };
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + entry.id() + "@chronicle");
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + ICS_DAY.format(start));
            line(out, "DTEND;VALUE=DATE:" + ICS_DAY.format(end));
            line(out, "SUMMARY:" + icsText(entry.title()));
            line(out, "CATEGORIES:" + icsText(entry.category()));
            line(out, "DESCRIPTION:" + icsText(displayDate(entry) + "\n" + entry.sources().stream()
                    .map(s -> s.quote() + " (" + s.url() + ")").collect(Collectors.joining("\n"))));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** "19 June 2024", "June 2024", "2024": the date as precise as the sources allow, and no more. */
    static String displayDate(TimelineEntry entry) {
        LocalDate day = firstDay(entry.date());
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (entry.precision()) {
            case "DAY" -> day.getDayOfMonth() + " " + month + " " + day.getYear();
            case "MONTH" -> month + " " + day.getYear();
            default -> String.valueOf(day.getYear());
        };
    }

    private static LocalDate firstDay(String date) {
        String[] parts = date.split("-");
        return LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                            parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    }

    private static String sourcesHtml(TimelineEntry entry) {
        return entry.sources().stream()
                .map(s -> "<p>“" + html(s.quote()) + "” — <a href=\"" + html(safeUrl(s.url())) + "\">"
                          + html(s.title()) + "</a> (" + html(s.language()) + ", " + html(s.publishedAt()) + ")</p>")
                .collect(Collectors.joining());
    }

    /** Only http(s) links survive into a page; anything else becomes inert. */
    private static String safeUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : "#";
    }

    private static String html(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** RFC 4180 quoting, and no leading formula characters for spreadsheets to execute. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String icsText(String text) {
        return (text == null ? "" : text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r", "").replace("\n", "\\n");
    }

    /** Content lines are folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(folded).append("\r\n");
    }
}
