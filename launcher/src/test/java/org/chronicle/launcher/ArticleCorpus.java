package org.chronicle.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct articles for load and fault tests, from a few English, Italian and Russian templates. Each names a
 * Russian and a North Korean entity of the seeds and dates its first sentence with a full day, so every one of them
 * yields at least one timeline entry; the day, the people and the place vary with the number, so entries spread
 * over three years instead of piling into one.
 */
final class ArticleCorpus {

    /** Russian side, as written in English, Italian and Russian (nominative: the Russian template starts with it). */
    private static final String[][] RUSSIANS = {
            {"Sergei Lavrov", "Sergej Lavrov", "Сергей Лавров"},
            {"Sergei Shoigu", "Sergei Shoigu", "Сергей Шойгу"},
            {"Vladimir Putin", "Vladimir Putin", "Владимир Путин"},
            {"Dmitry Medvedev", "Dmitry Medvedev", "Дмитрий Медведев"},
            {"Andrei Belousov", "Andrei Belousov", "Андрей Белоусов"}};
    private static final String[] KOREANS = {"Kim Jong Un", "Choe Son Hui", "Kim Yo Jong", "Pak Thae Song"};
    private static final String[] PLACES = {"Pyongyang", "Vladivostok", "Wonsan", "Khabarovsk"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_IT = {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
            "agosto", "settembre", "ottobre", "novembre", "dicembre"};
    private static final String[] MONTHS_RU = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    static final String HOST = "https://faults.chronicle.invalid/";

    private ArticleCorpus() {
    }

    /** {@code count} articles of one series; the series keeps URLs apart between scenarios. */
    /** A seeds folder holding only the seed entities, so the articles under test are the only ones. */
    static java.nio.file.Path entitiesOnlySeeds(java.nio.file.Path dataDir) throws java.io.IOException {
        java.nio.file.Path seeds = dataDir.resolve("seeds");
        java.nio.file.Path entities = java.nio.file.Files.createDirectories(seeds.resolve("entities"));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("chronicle.seeds"), "entities"))) {
            for (java.nio.file.Path file : files.toList()) {
                java.nio.file.Files.copy(file, entities.resolve(file.getFileName()));
            }
        }
        return seeds;
    }

    static List<Map<String, Object>> series(String series, int count) {
        List<Map<String, Object>> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            articles.add(article(series, n));
        }
        return articles;
    }

    static Map<String, Object> article(String series, int n) {
        String[] russian = RUSSIANS[n % RUSSIANS.length];
        String korean = KOREANS[(n / RUSSIANS.length) % KOREANS.length];
        String place = PLACES[(n / 3) % PLACES.length];
        int day = 1 + n % 28;
        int month = (n / 28) % 12;
        int year = 2023 + (n / (28 * 12)) % 3;
        String language = switch (n % 3) {
            case 0 -> "en";
            case 1 -> "it";
            default -> "ru";
        };
        String title;
        String body;
        switch (language) {
            case "en" -> {
                title = russian[0] + " and " + korean + " meet in " + place + " (" + series + " " + n + ")";
                body = russian[0] + " met " + korean + " in " + place + " on " + day + " " + MONTHS_EN[month] + " "
                        + year + " to discuss military cooperation. The talks lasted " + (2 + n % 5)
                        + " hours, dispatch " + series + "-" + n + " reported.";
            }
            case "it" -> {
                title = russian[1] + " incontra " + korean + " a " + place + " (" + series + " " + n + ")";
                body = "Il " + day + " " + MONTHS_IT[month] + " " + year + " " + russian[1] + " ha incontrato "
                        + korean + " a " + place + " per discutere di cooperazione militare. Il colloquio è durato "
                        + (2 + n % 5) + " ore, secondo il dispaccio " + series + "-" + n + ".";
            }
            default -> {
                title = russian[2] + " и делегация КНДР (" + series + " " + n + ")";
                body = day + " " + MONTHS_RU[month] + " " + year + " года " + russian[2]
                        + " провёл переговоры с делегацией КНДР о военном сотрудничестве. Переговоры длились "
                        + (2 + n % 5) + " часа, сообщает депеша " + series + "-" + n + ".";
            }
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", title);
        article.put("body", body);
        article.put("language", language);
        article.put("source", "Fault Wire");
        article.put("url", url(series, n));
        article.put("publishedAt", "2026-01-15T09:00:00Z");
        return article;
    }

    static String url(String series, int n) {
        return HOST + series + "/" + n;
    }
}
