package org.chronicle.extraction.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Finds the date expressions of one sentence and resolves them against the article's publication date.
 *
 * <p>Every rule of the sentence's language runs on a lower-cased copy (same length, so offsets hold); where
 * matches overlap the longest wins ("nel giugno del 2024", not also "2024"), then the rule listed first. Absolute
 * dates are taken as written, whatever the tense. Relative ones resolve against publication in the direction the
 * tense of their clause gives ({@link TenseReader}): past or unknown, the latest occurrence on or before
 * publication; future, the earliest on or after it; present, the nearest. Qualifiers ("scorso", "next",
 * "прошлого года", "지난") override the tense. Phrases like "il giorno dopo" resolve against the date resolved
 * just before them, in the sentence or, failing that, the one passed in.
 *
 * <p>Stateless and thread-safe; patterns are compiled once per language.
 */
public final class DateResolver {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    /** Dates in text order; see {@link #resolve(String, String, LocalDate, ResolvedDate)}. */
    public List<ResolvedDate> resolve(String sentence, String language, LocalDate publishedOn) {
        return resolve(sentence, language, publishedOn, null);
    }

    /**
     * @param sentence    one sentence
     * @param language    ISO 639-1 ({@code it}, {@code en}, {@code ru}, {@code ko}; {@code it-IT} is read as
     *                    {@code it}); any other language gets numeric dates only
     * @param publishedOn the article's publication date, local to its outlet
     * @param previous    the last date resolved in the article so far, for "the following day" and the like;
     *                    null if none (such phrases are then skipped)
     * @return the dates found, in text order, never null
     */
    public List<ResolvedDate> resolve(String sentence, String language, LocalDate publishedOn,
                                      ResolvedDate previous) {
        Objects.requireNonNull(publishedOn, "publishedOn");
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        String lang = languageOf(language);
        String lower = lowerCase(sentence);
        List<Candidate> found = find(grammarOf(lang), sentence, lower);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Candidate> kept = longestFirst(found);
        TenseCues cues = TenseReader.scan(sentence, lower, lang);
        List<ResolvedDate> dates = new ArrayList<>(kept.size());
        ResolvedDate before = previous;
        for (Candidate candidate : kept) {
            ResolvedDate date = resolve(candidate, sentence, publishedOn, cues.at(candidate.start, candidate.end),
                    before);
            if (date != null) {
                dates.add(date);
                before = date;
            }
        }
        return dates;
    }

    /** How far before the word a rule hinges on a match may start ("entro la fine di" giugno, "on Wednesday," June). */
    private static final int MAX_PREFIX = 64;

    /**
     * Runs each rule only where it can match. A rule hinges on words (a month name, a weekday, a digit): if the
     * sentence has none, the rule is skipped; otherwise it is tried only at word starts up to {@link #MAX_PREFIX}
     * characters before each occurrence, which is what {@code find()} would find, for a fraction of the work.
     */
    private static List<Candidate> find(DateGrammar grammar, String sentence, String lower) {
        int[][] anchors = new int[DateRule.GATES][];
        List<Candidate> found = new ArrayList<>();
        for (DateRule rule : grammar.rules()) {
            int[] around = null;
            for (int gate = 0, gates = rule.gates(); gates != 0; gate++, gates >>>= 1) {
                if ((gates & 1) == 0) {
                    continue;
                }
                if (anchors[gate] == null) {
                    anchors[gate] = gate == DateRule.GATE_DIGIT ? digitRuns(lower)
                            : rule.lexicon().positions(gate, lower);
                }
                int[] positions = anchors[gate];
                if (around == null || positions.length < around.length) {
                    around = positions;
                }
            }
            if (around == null) {
                scanAll(rule, sentence, lower, found);
            } else if (around.length > 0) {
                scanAround(rule, around, sentence, lower, found);
            }
        }
        return found;
    }

    private static void scanAll(DateRule rule, String sentence, String lower, List<Candidate> found) {
        Matcher m = rule.pattern().matcher(lower);
        while (m.find()) {
            add(Candidate.of(rule, m, sentence), found);
        }
    }

    private static void scanAround(DateRule rule, int[] around, String sentence, String lower,
                                   List<Candidate> found) {
        Matcher m = rule.pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
        int length = lower.length();
        int cursor = 0;
        for (int anchor : around) {
            if (anchor < cursor) {
                continue;
            }
            for (int start = Math.max(cursor, anchor - MAX_PREFIX); start <= anchor; start++) {
                if (!mayStartMatch(lower, start)) {
                    continue;
                }
                m.region(start, length);
                if (m.lookingAt()) {
                    add(Candidate.of(rule, m, sentence), found);
                    cursor = m.end();
                    start = cursor - 1;
                }
            }
            cursor = Math.max(cursor, anchor + 1);
        }
    }

    private static void add(Candidate candidate, List<Candidate> found) {
        if (candidate != null) {
            found.add(candidate);
        }
    }

    /** Rules start at a word, at a number (also "G20" has none there: their own edges reject it), or in Hangul. */
    private static boolean mayStartMatch(String text, int at) {
        char c = text.charAt(at);
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        if (at == 0 || c >= '\uAC00' && c <= '\uD7A3') {
            return true; // Korean glues particles and numbers to words: any syllable may start an expression
        }
        char before = text.charAt(at - 1);
        return !Character.isLetterOrDigit(before) || isAsciiDigit(c) != isAsciiDigit(before);
    }

    /** Where runs of ASCII digits start. */
    private static int[] digitRuns(String text) {
        int[] runs = null;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isAsciiDigit(text.charAt(i)) && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))) {
                if (runs == null) {
                    runs = new int[4];
                } else if (count == runs.length) {
                    runs = java.util.Arrays.copyOf(runs, count * 2);
                }
                runs[count++] = i;
            }
        }
        return runs == null ? Lexicon.NOWHERE : java.util.Arrays.copyOf(runs, count);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final Comparator<Candidate> LONGEST_FIRST = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparingInt(c -> c.rule.order()).thenComparingInt(c -> c.start);

    /**
     * Keeps the longest of overlapping matches. A kept match that then fails to resolve (31 June) still hides
     * the shorter ones inside it: "31 giugno 2024" yields nothing rather than a guessed "giugno 2024".
     */
    private static List<Candidate> longestFirst(List<Candidate> found) {
        if (found.size() == 1) {
            return found;
        }
        found.sort(LONGEST_FIRST);
        List<Candidate> kept = new ArrayList<>(found.size());
        next:
        for (Candidate candidate : found) {
            for (Candidate k : kept) {
                if (k.overlaps(candidate)) {
                    continue next;
                }
            }
            kept.add(candidate);
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        return kept;
    }

    // ------------------------------------------------------------------ resolution, one shape at a time

    private static ResolvedDate resolve(Candidate c, String sentence, LocalDate published, Tense tense,
                                        ResolvedDate previous) {
        Resolution r = new Resolution(c, sentence, published, tense);
        return switch (c.rule.shape()) {
            case DAY_MONTH_YEAR -> r.absoluteDay(c.rule.id(), r.year(), r.month(DateRule.MON), r.day(DateRule.DAY));
            case NUMERIC_SLASH -> r.slashDate();
            case DAY_MONTH -> r.dayMonth();
            case MONTH_YEAR -> r.monthYear();
            case MONTH -> r.month();
            case YEAR -> r.yearOnly();
            case YEAR_RANGE -> r.yearRange();
            case DAY_RANGE -> r.dayRange();
            case DAY_ONLY -> r.dayOnly();
            case WEEKDAY -> r.weekday();
            case RELATIVE -> r.relative();
            case AGO -> r.ago();
            case ANAPHORIC -> r.anaphoric(previous);
        };
    }

    /** One candidate being resolved: its groups read as numbers, and the record built with its evidence. */
    private static final class Resolution {
        private final Candidate c;
        private final String sentence;
        private final LocalDate published;
        private final Tense tense;
        private final Lexicon lexicon;

        Resolution(Candidate c, String sentence, LocalDate published, Tense tense) {
            this.c = c;
            this.sentence = sentence;
            this.published = published;
            this.tense = tense;
            this.lexicon = c.rule.lexicon();
        }

        // --- absolute

        ResolvedDate absoluteDay(String id, int year, int month, int day) {
            LocalDate date = date(year, month, day);
            return date == null ? null : evidence(date, date, DatePrecision.DAY, id, null);
        }

        /** English "6/19/2024": month first when the second number can't be a month, day first when the first can't. */
        ResolvedDate slashDate() {
            int first = number(c.group(DateRule.DAY));
            int second = number(c.group(DateRule.MON));
            if (first <= 12 && second > 12) {
                return absoluteDay("num.month-day-year", year(), first, second);
            }
            if (first > 12 && second <= 12) {
                return absoluteDay("num.day-month-year", year(), second, first);
            }
            return null;
        }

        ResolvedDate monthYear() {
            YearMonth month = yearMonth(year(), month(DateRule.MON));
            return month == null ? null
                    : evidence(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, c.rule.id(), null);
        }

        ResolvedDate yearOnly() {
            int year = year();
            return year < 0 ? null : evidence(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    DatePrecision.YEAR, c.rule.id(), null);
        }

        ResolvedDate yearRange() {
            int first = year();
            int last = number(c.group(DateRule.YRB));
            if (first < 0 || last <= first || last > MAX_YEAR) {
                return null;
            }
            return evidence(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), DatePrecision.YEAR, c.rule.id(),
                    null);
        }

        // --- relative to publication

        ResolvedDate dayMonth() {
            int month = month(DateRule.MON);
            int day = day(DateRule.DAY);
            Qualifier q = qualifier();
            LocalDate date;
            if (q == Qualifier.PREV_YEAR || q == Qualifier.THIS_YEAR || q == Qualifier.NEXT_YEAR
                    || q == Qualifier.THIS) {
                date = date(published.getYear() + yearShift(q), month, day);
            } else {
                date = RelativeDates.dayOfMonth(published, month, day, direction(q));
            }
            return date == null ? null : evidence(date, date, DatePrecision.DAY, id(q), published);
        }

        ResolvedDate month() {
            int number = month(DateRule.MON);
            if (number < 1) {
                return null;
            }
            Qualifier q = qualifier();
            if (q == Qualifier.THIS) {
                q = Qualifier.THIS_YEAR; // "this June", "questo giugno"
            }
            YearMonth month;
            if (q == Qualifier.PREV_YEAR || q == Qualifier.THIS_YEAR || q == Qualifier.NEXT_YEAR) {
                month = YearMonth.of(published.getYear() + yearShift(q), number);
            } else {
                month = RelativeDates.month(published, number, direction(q));
            }
            return evidence(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, id(q), published);
        }

        ResolvedDate dayOnly() {
            int day = day(DateRule.DAY);
            Qualifier q = qualifier();
            LocalDate date;
            if (q == Qualifier.PREV_MONTH || q == Qualifier.THIS_MONTH || q == Qualifier.NEXT_MONTH) {
                YearMonth month = YearMonth.from(published)
                        .plusMonths(q == Qualifier.PREV_MONTH ? -1 : q == Qualifier.NEXT_MONTH ? 1 : 0);
                date = day >= 1 && day <= month.lengthOfMonth() ? month.atDay(day) : null;
            } else {
                date = RelativeDates.dayOnly(published, day, direction(q));
            }
            return date == null ? null : evidence(date, date, DatePrecision.DAY, id(q), published);
        }

        ResolvedDate dayRange() {
            int firstDay = day(DateRule.DAY);
            int lastDay = day(DateRule.DAYB);
            boolean hasFirstMonth = c.group(DateRule.MON) != null;
            boolean hasLastMonth = c.group(DateRule.MONB) != null;
            boolean hasYear = c.group(DateRule.YR) != null;
            LocalDate from;
            LocalDate to;
            if (!hasFirstMonth && !hasLastMonth) {
                // Korean "8일부터 13일까지": the month of the first day, as for "19일"
                from = RelativeDates.dayOnly(published, firstDay, direction(null));
                if (from == null) {
                    return null;
                }
                YearMonth month = YearMonth.from(from).plusMonths(lastDay < firstDay ? 1 : 0);
                to = lastDay >= 1 && lastDay <= month.lengthOfMonth() ? month.atDay(lastDay) : null;
            } else {
                int firstMonth = hasFirstMonth ? month(DateRule.MON) : month(DateRule.MONB);
                int lastMonth = hasLastMonth ? month(DateRule.MONB) : firstMonth;
                if (firstMonth < 1 || lastMonth < 1) {
                    return null;
                }
                if (hasYear) {
                    int year = year();
                    from = date(firstMonth > lastMonth ? year - 1 : year, firstMonth, firstDay);
                } else {
                    from = RelativeDates.dayOfMonth(published, firstMonth, firstDay, direction(null));
                }
                if (from == null) {
                    return null;
                }
                to = date(from.getYear() + (lastMonth < firstMonth ? 1 : 0), lastMonth, lastDay);
            }
            // "from 8 to 3 October" or a span of months is not a range we understand
            if (to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 62) {
                return null;
            }
            return evidence(from, to, DatePrecision.DAY, hasYear ? c.rule.id() + "-year" : c.rule.id(),
                    hasYear ? null : published);
        }

        ResolvedDate weekday() {
            DayOfWeek day = lexicon.weekday(c.group(DateRule.WD));
            if (day == null) {
                return null;
            }
            Qualifier q = qualifier();
            LocalDate date = switch (q == null ? Qualifier.THIS : q) {
                case PREV_WEEK -> RelativeDates.weekdayOfWeek(published, day, -1);
                case THIS_WEEK -> RelativeDates.weekdayOfWeek(published, day, 0);
                case NEXT_WEEK -> RelativeDates.weekdayOfWeek(published, day, 1);
                default -> RelativeDates.weekday(published, day, direction(q));
            };
            return evidence(date, date, DatePrecision.DAY, id(q), published);
        }

        ResolvedDate relative() {
            RelativeTerm term = lexicon.relative(c.group(DateRule.REL));
            if (term == null) {
                return null;
            }
            return shifted(term.unit(), term.offset(), lexicon.language + "." + term.id());
        }

        ResolvedDate ago() {
            String count = c.group(DateRule.N);
            Integer n = count == null ? Integer.valueOf(1)
                    : Character.isDigit(count.charAt(0)) ? Integer.valueOf(number(count)) : lexicon.number(count);
            String unitWord = c.group(DateRule.UNIT);
            // Korean "이틀 전" counts days without a unit word
            ChronoUnit unit = unitWord == null ? ChronoUnit.DAYS : lexicon.unit(unitWord);
            if (n == null || n < 1 || unit == null) {
                return null;
            }
            String id = lexicon.language + "." + unit.toString().toLowerCase(Locale.ROOT) + "-ago";
            return shifted(unit, -n, id);
        }

        /** Publication shifted by whole days, ISO weeks (Monday to Sunday), calendar months or years. */
        private ResolvedDate shifted(ChronoUnit unit, int offset, String id) {
            return switch (unit) {
                case DAYS -> {
                    LocalDate day = published.plusDays(offset);
                    yield evidence(day, day, DatePrecision.DAY, id, published);
                }
                case WEEKS -> {
                    LocalDate monday = RelativeDates.monday(published).plusWeeks(offset);
                    yield evidence(monday, monday.plusDays(6), DatePrecision.DAY, id, published);
                }
                case MONTHS -> {
                    YearMonth month = YearMonth.from(published).plusMonths(offset);
                    yield evidence(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, id, published);
                }
                case YEARS -> {
                    int year = published.getYear() + offset;
                    yield year < MIN_YEAR ? null : evidence(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                            DatePrecision.YEAR, id, published);
                }
                default -> null;
            };
        }

        // --- relative to the date before

        ResolvedDate anaphoric(ResolvedDate previous) {
            RelativeTerm term = lexicon.anaphoric(c.group(DateRule.REL));
            // "the day after" a month or a year names no day
            if (term == null || previous == null || previous.precision() != DatePrecision.DAY) {
                return null;
            }
            LocalDate base;
            if (term.offset() > 0) {
                base = previous.to();
            } else if (term.offset() < 0) {
                base = previous.from();
            } else if (previous.from().equals(previous.to())) {
                base = previous.from();
            } else {
                return null;
            }
            LocalDate day = base.plusDays(term.offset());
            return evidence(day, day, DatePrecision.DAY, lexicon.language + "." + term.id(), base);
        }

        // --- reading the groups

        private Qualifier qualifier() {
            Qualifier after = lexicon.qualifier(c.group(DateRule.QB));
            return after != null ? after : lexicon.qualifier(c.group(DateRule.Q));
        }

        private Direction direction(Qualifier q) {
            if (q == Qualifier.LAST) {
                return Direction.BEFORE;
            }
            if (q == Qualifier.NEXT) {
                return Direction.AFTER;
            }
            return Direction.of(tense);
        }

        private static int yearShift(Qualifier q) {
            return q == Qualifier.PREV_YEAR ? -1 : q == Qualifier.NEXT_YEAR ? 1 : 0;
        }

        private String id(Qualifier q) {
            return q == null || q.suffix.isEmpty() ? c.rule.id() : c.rule.id() + "-" + q.suffix;
        }

        /** The year group, or -1 outside 1900–2100. */
        int year() {
            int year = number(c.group(DateRule.YR));
            return year >= MIN_YEAR && year <= MAX_YEAR ? year : -1;
        }

        /** A month group, by name or number; -1 if it names none. */
        int month(int group) {
            String text = c.group(group);
            if (text == null) {
                return -1;
            }
            if (Character.isDigit(text.charAt(0))) {
                int month = number(text);
                return month >= 1 && month <= 12 ? month : -1;
            }
            Integer month = lexicon.month(text);
            return month == null ? -1 : month;
        }

        int day(int group) {
            return number(c.group(group));
        }

        private static int number(String digits) {
            if (digits == null || digits.isEmpty() || digits.length() > 4) {
                return -1;
            }
            int value = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = Character.digit(digits.charAt(i), 10);
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }

        private static LocalDate date(int year, int month, int day) {
            if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
                    || day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            return LocalDate.of(year, month, day);
        }

        private static YearMonth yearMonth(int year, int month) {
            return year < 0 || month < 1 ? null : YearMonth.of(year, month);
        }

        private ResolvedDate evidence(LocalDate from, LocalDate to, DatePrecision precision, String id,
                                      LocalDate anchor) {
            return new ResolvedDate(sentence.substring(c.start, c.end), c.start, c.end, from, to, precision, id,
                    anchor, tense);
        }
    }

    // ------------------------------------------------------------------ shared with TenseReader

    private static DateGrammar grammarOf(String language) {
        return switch (language) {
            case "it" -> ItalianDates.GRAMMAR;
            case "en" -> EnglishDates.GRAMMAR;
            case "ru" -> RussianDates.GRAMMAR;
            case "ko" -> KoreanDates.GRAMMAR;
            default -> NumericDates.GRAMMAR;
        };
    }

    /** "it", "IT", "it-IT", "it_IT" → "it"; null → "". */
    static String languageOf(String language) {
        if (language == null) {
            return "";
        }
        String code = language.strip();
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (cut >= 0) {
            code = code.substring(0, cut);
        }
        return code.toLowerCase(Locale.ROOT);
    }

    /** Lower case char by char, so every offset in the copy is the same offset in the original. */
    static String lowerCase(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = lower;
            }
        }
        return out == null ? text : new String(out);
    }
}
