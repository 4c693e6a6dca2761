package org.chronicle.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.chronicle.api.article.ArticleContent;
import org.chronicle.api.article.ArticleEvent;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;

/**
 * Articles for load, written from templates in the four languages the extraction reads: each reports one meeting
 * between a Russian and a North Korean official on a full date, among sentences that carry no date. Two articles (in
 * two languages) report each meeting, so the timeline merges them into one entry with two sources; meetings on the
 * same date pair different people (no entity in common) and dates step by two days, so no entry gathers more than
 * its two reports however many articles there are — as on a real timeline, entries grow with the articles.
 * Content is already in the form the article intake stores (NFC, single spaces), so the content hash computed
 * here is the one article-service computes.
 */
final class SyntheticArticles {

    static final List<String> LANGUAGES = List.of("en", "it", "ru", "ko");
    private static final LocalDate FIRST_MEETING = LocalDate.of(1991, 1, 1);

    private final List<EntityRegistered> russians;
    private final List<EntityRegistered> koreans;
    private final String run;

    /** @param run makes URLs (and so article ids) unique to one benchmark run */
    SyntheticArticles(List<EntityRegistered> entities, String run) {
        this.russians = people(entities, Side.RUSSIA);
        this.koreans = people(entities, Side.DPRK);
        this.run = run;
        if (russians.size() < 2 || koreans.size() <= russians.size()) {
            throw new IllegalStateException("the seeds need more Russian and more North Korean people than this");
        }
    }

    /** The {@code index}-th article: its URL, content and what it reports. */
    Article article(int index) {
        String language = LANGUAGES.get(index % LANGUAGES.size());
        int meeting = index / 2;
        int slot = meeting / russians.size();
        EntityRegistered russian = russians.get(meeting % russians.size());
        EntityRegistered korean = koreans.get((meeting % russians.size() + slot) % koreans.size());
        LocalDate date = FIRST_MEETING.plusDays(2L * slot);
        String url = "https://bench.chronicle.invalid/" + run + "/" + index;
        String r = nameIn(russian, language);
        String k = nameIn(korean, language);
        String title = switch (language) {
            case "it" -> r + " e " + k + " a colloquio";
            case "ru" -> r + " и " + k + " провели переговоры";
            case "ko" -> r + ", " + k + " 회담";
            default -> r + " and " + k + " hold talks";
        };
        String body = String.join(" ", body(language, r, k, date, index));
        // the publication time in the form the article intake normalises it to (OffsetDateTime#toString)
        String publishedAt = OffsetDateTime.of(date.plusDays(1), LocalTime.of(9, 0), ZoneOffset.UTC).toString();
        return new Article(url, new ArticleContent(title, body, language, "Bench Wire", url, publishedAt), date,
                           russian.entityId(),
                           korean.entityId());
    }

    /** The same article with its title and one sentence changed: a revision the timeline composes again. */
    static ArticleContent revised(ArticleContent content, int revision) {
        return new ArticleContent(content.title() + " (" + revision + ")", content.body() + " Rev. " + revision + ".",
                                  content.language(), content.source(), content.url(), content.publishedAt());
    }

    record Article(String url, ArticleContent content, LocalDate date, String russianId, String koreanId) {
        String id() {
            return ArticleEvent.idForUrl(url);
        }

        String contentHash() {
            return content.fingerprint();
        }
    }

    private static List<String> body(String language, String r, String k, LocalDate date, int index) {
        return switch (language) {
            case "it" -> List.of(
                    r + " ha incontrato " + k + " il " + date.getDayOfMonth() + " " + ITALIAN[date.getMonthValue() - 1]
                            + " " + date.getYear() + " per colloqui sulla cooperazione tra i due paesi.",
                    "L'incontro ha riguardato i trasporti e gli scambi culturali.",
                    "I funzionari hanno descritto il clima come costruttivo.",
                    "Non è stata diffusa alcuna dichiarazione congiunta.",
                    "Ulteriori contatti sono attesi a livello tecnico.",
                    "Scheda " + index + ".");
            case "ru" -> List.of(
                    r + " и " + k + " провели переговоры " + date.getDayOfMonth() + " " + RUSSIAN[date.getMonthValue() - 1]
                            + " " + date.getYear() + " года и обсудили сотрудничество двух стран.",
                    "Стороны обсудили транспорт и культурные обмены.",
                    "Официальные лица назвали атмосферу конструктивной.",
                    "Совместного документа опубликовано не было.",
                    "Дальнейшие контакты ожидаются на рабочем уровне.",
                    "Карточка " + index + ".");
            case "ko" -> List.of(
                    r + ", " + k + " 두 사람은 " + date.getYear() + "년 " + date.getMonthValue() + "월 "
                            + date.getDayOfMonth() + "일 회담을 열고 양국 협력 방안을 논의했다.",
                    "양측은 교통과 문화 교류 문제를 다뤘다.",
                    "관계자들은 분위기가 건설적이었다고 전했다.",
                    "공동 문서는 나오지 않았다.",
                    "실무 차원의 추가 접촉이 예상된다.",
                    "기록 " + index + ".");
            default -> List.of(
                    r + " met " + k + " on " + ENGLISH[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", "
                            + date.getYear() + " for talks on cooperation between the two countries.",
                    "The meeting covered transport links and cultural exchanges.",
                    "Officials described the atmosphere as constructive.",
                    "No joint document was released afterwards.",
                    "Further contacts are expected at the working level.",
                    "Record " + index + ".");
        };
    }

    private static String nameIn(EntityRegistered person, String language) {
        List<String> aliases = person.aliases().get(language);
        return language.equals("en") || aliases == null || aliases.isEmpty() ? person.name() : aliases.get(0);
    }

    private static List<EntityRegistered> people(List<EntityRegistered> entities, Side side) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON && e.side() == side
                && LANGUAGES.stream().allMatch(l -> l.equals("en") || e.aliases().containsKey(l))).toList();
    }

    private static final String[] ENGLISH = monthNames(Locale.ENGLISH);
    private static final String[] ITALIAN = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                             "agosto", "settembre", "ottobre", "novembre", "dicembre"};
    private static final String[] RUSSIAN = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                             "сентября", "октября", "ноября", "декабря"};

    private static String[] monthNames(Locale locale) {
        String[] names = new String[12];
        for (int m = 0; m < 12; m++) {
            names[m] = java.time.Month.of(m + 1).getDisplayName(java.time.format.TextStyle.FULL, locale);
        }
        return names;
    }
}
