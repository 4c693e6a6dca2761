package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analysts' page ({@code /}) in headless Chromium against the whole platform with its seeds: the seed article's
 * entries at their dates, the entity type-ahead answering a Russian alias, an article full of markup shown as inert
 * text and arriving live (Server-Sent Events) without a reload, the entity and article views. Screenshots:
 * {@code target/analyst-*.png}. Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, like
 * {@link OpsPageIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystPageIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SEED_URL = "https://seeds.chronicle.invalid/articles/000_397f05aa001151ac";
    private static final String SCRIPT = "<script>window.__pwned=1</script>";
    private static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";

    private Platform platform;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Gateway api;
    private String hostileArticleId;

    @BeforeAll
    void start() throws Exception {
        HeadlessChromium.require();
        Path dataDir = Files.createTempDirectory("chronicle-analyst-page");
        PlatformSettings settings = PlatformSettings.onFreePorts(dataDir, Path.of(System.getProperty("chronicle.services")),
                Path.of(System.getProperty("chronicle.seeds")), null, null, List.of("-XX:TieredStopAtLevel=1"));
        platform = Platform.start(settings);
        api = new Gateway(platform.gatewayUrl(), platform.adminKey());

        browser = HeadlessChromium.start("chronicle-analyst-chromium", "--lang=en-GB");
        wait = new WebDriverWait(browser, WAIT);
        // live updates replace entries under the test's feet: a stale element means "look again"
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void theSeedArticlesEntriesAppearAtTheirDates() throws Exception {
        // the seed article's entries, as the API has them (they may have merged with other articles' entries)
        Map<String, String> seedEntries = new LinkedHashMap<>();
        api.await("/api/timeline?limit=200", r -> !entriesWithSource(r.body(), SEED_URL).isEmpty(), Duration.ofSeconds(90));
        for (JsonNode entry : allEntries("")) {
            if (!entriesWithSource(wrap(entry), SEED_URL).isEmpty()) {
                seedEntries.put(entry.path("id").asText(), entry.path("date").asText());
            }
        }
        assertThat(seedEntries.values()).contains("2026-01-01");
        assertThat(seedEntries.values()).anyMatch(d -> d.startsWith("2025-04"));
        assertThat(seedEntries.values()).anyMatch(d -> d.startsWith("2024-06"));

        browser.get(platform.gatewayUrl() + "/?from=2024-06");
        assertThat(browser.getTitle()).contains("Chronicle");
        waitForTimeline();
        loadEverything();
        // one snapshot of the DOM (live updates may re-render the list while the seeds are still being projected)
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) browser.executeScript("""
                const entries = {};
                for (const e of document.querySelectorAll('#timeline article.entry')) {
                  entries[e.dataset.entryId] = {date: e.dataset.date, shown: e.querySelector('.entry-date').textContent,
                    marks: e.querySelectorAll('.source mark.date').length, chips: e.querySelectorAll('a.chip').length};
                }
                return {entries,
                  years: [...document.querySelectorAll('.year-title')].map(h => h.textContent),
                  months: [...document.querySelectorAll('.month-title')].map(h => h.textContent)};
                """);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> shown = (Map<String, Map<String, Object>>) page.get("entries");
        for (String id : seedEntries.keySet()) {
            // the date as the page got it (a seed still being projected may have made a merged entry more precise)
            assertThat(shown).containsKey(id);
            assertThat(shown.get(id).get("shown")).isEqualTo(expectedDate((String) shown.get(id).get("date")));
        }
        assertThat(shown.values()).extracting(e -> e.get("shown")).contains("1 January 2026");
        String newYear = seedEntries.entrySet().stream().filter(e -> e.getValue().equals("2026-01-01")).findFirst()
                .orElseThrow().getKey();
        assertThat((Long) shown.get(newYear).get("marks")).as("dateText marked in the quote").isPositive();
        assertThat((Long) shown.get(newYear).get("chips")).as("entity chips").isPositive();
        assertThat((List<String>) page.get("years")).contains("2024", "2025", "2026");
        assertThat((List<String>) page.get("months")).contains("June 2024", "January 2026");
        // the export links carry the filters
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).endsWith("from=2024-06&format=csv");
        screenshot("analyst-timeline.png");
    }

    @Test
    @Order(2)
    void theEntityTypeAheadFindsPutinByHisRussianName() throws Exception {
        String putin = api.get("/api/entities?q=" + URLEncoder.encode("Путин", StandardCharsets.UTF_8))
                .body().path("entities").get(0).path("id").asText();
        browser.get(platform.gatewayUrl() + "/");
        waitForTimeline();
        WebElement entity = browser.findElement(By.id("f-entity"));
        entity.sendKeys("Путин");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entity-options li[role=option]")));
        assertThat(browser.findElement(By.cssSelector("#entity-options li")).getText()).contains("Vladimir Putin");
        entity.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("entity=" + putin));
        wait.until(d -> browser.findElements(By.cssSelector("#timeline article.entry")).size() > 0
                && browser.findElements(By.cssSelector("#timeline article.entry")).stream().allMatch(e ->
                        !e.findElements(By.cssSelector("a.chip[href='#/entity/" + putin + "']")).isEmpty()));
        // the page shows what the API answers for Putin (the projection may still be settling: compare until equal)
        wait.until(d -> {
            try {
                int expected = Math.min(50, api.get("/api/timeline?limit=50&entity=" + putin).body().path("entries").size());
                return browser.findElements(By.cssSelector("#timeline article.entry")).size() == expected;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entity.getAttribute("value")).isEqualTo("Vladimir Putin");
        screenshot("analyst-filter-putin.png");

        // back goes to the unfiltered timeline, forward to the filtered one
        browser.navigate().back();
        wait.until(d -> !String.valueOf(browser.getCurrentUrl()).contains("entity="));
        wait.until(d -> browser.findElement(By.id("f-entity")).getAttribute("value").isEmpty());
        browser.navigate().forward();
        wait.until(d -> browser.findElement(By.id("f-entity")).getAttribute("value").equals("Vladimir Putin"));

        // the entity view: names in every language, its timeline, who it appears with
        // clicked in the page itself: a live refresh between finding and clicking cannot make it stale
        browser.executeScript("document.querySelector(arguments[0]).click()",
                              "#timeline a.chip[href='#/entity/" + putin + "']");
        wait.until(ExpectedConditions.textToBe(By.id("entity-title"), "Vladimir Putin"));
        wait.until(d -> !browser.findElements(By.cssSelector("#entity-timeline article.entry")).isEmpty());
        assertThat(browser.findElement(By.id("entity-names")).getText()).contains("Путин", "푸틴");
        assertThat(browser.findElements(By.cssSelector("#entity-peers a.chip"))).isNotEmpty();
        screenshot("analyst-entity.png");
    }

    @Test
    @Order(3)
    void aHostileArticleIsInertTextAndArrivesLive() throws Exception {
        browser.get(platform.gatewayUrl() + "/?from=2024-06-19&to=2024-06-19");
        waitForTimeline();
        wait.until(d -> "on".equals(browser.executeScript("return document.body.dataset.live")));
        browser.executeScript("window.__sameDocument = 'yes'");

        String url = "https://xss.chronicle.invalid/" + UUID.randomUUID();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", "Putin and Kim " + SCRIPT + " " + IMG);
        article.put("body", "On 19 June 2024 Vladimir Putin met Kim Jong Un in Pyongyang. " + SCRIPT + " " + IMG
                + " <a href=\"javascript:alert(1)\">read more</a> javascript:alert(1)");
        article.put("language", "en");
        article.put("source", "Hostile Outlet " + IMG);
        article.put("url", url);
        article.put("publishedAt", "2024-06-20T08:00:00Z");
        Gateway.Reply created = api.post("/api/articles", article);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        hostileArticleId = created.text("id");

        By source = By.cssSelector("#timeline .source[data-article-id='" + hostileArticleId + "']");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(source));
        assertThat(browser.executeScript("return window.__sameDocument")).as("no reload").isEqualTo("yes");
        String css = "#timeline .source[data-article-id='" + hostileArticleId + "']";
        @SuppressWarnings("unchecked")
        Map<String, String> shown = (Map<String, String>) browser.executeScript(
                "const s = document.querySelector(arguments[0]); return {title: s.querySelector('.source-title')"
                + ".textContent, quote: s.querySelector('.quote').textContent,"
                + " mark: s.querySelector('.quote mark.date').textContent};", css);
        assertThat(shown.get("title")).contains(SCRIPT).contains("onerror");
        assertThat(shown.get("quote")).contains("19 June 2024");
        assertThat(shown.get("mark")).contains("19 June 2024");
        assertInert();
        screenshot("analyst-live-hostile.png");

        // the article view: text with its date and mentions marked, its versions
        browser.executeScript("document.querySelector(arguments[0] + ' .source-title').click()", css);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-title"), "Putin and Kim"));
        wait.until(d -> !browser.findElements(By.cssSelector("#article-body mark")).isEmpty());
        assertThat(browser.findElement(By.id("article-body")).getText()).contains(SCRIPT, "javascript:alert(1)");
        assertThat(browser.findElements(By.cssSelector("#article-body mark.date"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("19 June 2024"));
        assertThat(browser.findElements(By.cssSelector("#article-body mark.mention"))).extracting(WebElement::getText)
                .contains("Vladimir Putin", "Kim Jong Un");
        wait.until(d -> !browser.findElements(By.cssSelector("#article-events li")).isEmpty());
        assertThat(browser.findElement(By.id("article-events")).getText()).contains("submitted");
        // and what that version did to the timeline
        wait.until(d -> !browser.findElements(By.cssSelector("#article-events .version-effect .added")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#article-events .version-effect .added")).getText())
                .startsWith("+ 2024-06-19");
        assertInert();
        screenshot("analyst-article.png");
    }

    @Test
    @Order(4)
    void phoneWidthAndNoContentSecurityPolicyViolation() throws Exception {
        browser.get(platform.gatewayUrl() + "/?from=2024-06");
        waitForTimeline();
        browser.manage().window().setSize(new Dimension(390, 2400));
        Thread.sleep(500);
        assertThat(longScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("horizontal overflow at phone width").isLessThanOrEqualTo(0);
        screenshot("analyst-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 1700));

        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        entries.forEach(entry -> System.out.println("browser: " + entry));
        assertThat(entries).extracting(LogEntry::getMessage).noneMatch(m -> m.contains("Content Security Policy"));
        assertThat(browser.executeScript("return window.__pwned")).isNull();
    }

    private void assertInert() {
        assertThat(browser.executeScript("return window.__pwned")).as("window.__pwned").isNull();
        assertThat(longScript("return document.querySelectorAll('script').length")).as("only the page's own script")
                .isEqualTo(1);
        assertThat(longScript("return document.querySelectorAll('img').length")).isZero();
        assertThat(longScript("return document.querySelectorAll('[onerror]').length")).isZero();
        assertThat(longScript("return [...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|#|\\/)/"
                + ".test(a.getAttribute('href'))).length")).as("links other than http(s), # and /").isZero();
    }

    private void waitForTimeline() {
        wait.until(d -> browser.executeScript("return document.body.dataset.timelineLoaded") != null);
    }

    private void loadEverything() {
        for (int i = 0; i < 20; i++) {
            WebElement more = browser.findElement(By.id("load-more"));
            if (!more.isDisplayed()) {
                return;
            }
            Object before = browser.executeScript("return document.body.dataset.timelineLoaded");
            more.click();
            wait.until(d -> !String.valueOf(before).equals(
                    String.valueOf(browser.executeScript("return document.body.dataset.timelineLoaded"))));
        }
    }

    private List<JsonNode> allEntries(String filters) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/timeline?limit=200" + filters
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))).body();
            page.path("entries").forEach(all::add);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return all;
    }

    private static JsonNode wrap(JsonNode entry) {
        com.fasterxml.jackson.databind.node.ObjectNode page = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        page.putArray("entries").add(entry);
        return page;
    }

    private static List<JsonNode> entriesWithSource(JsonNode page, String url) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode entry : page.path("entries")) {
            for (JsonNode source : entry.path("sources")) {
                if (url.equals(source.path("url").asText())) {
                    found.add(entry);
                    break;
                }
            }
        }
        return found;
    }

    private static String expectedDate(String date) {
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        String[] parts = date.split("-");
        return switch (parts.length) {
            case 3 -> Integer.parseInt(parts[2]) + " " + months[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
            case 2 -> months[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
            default -> parts[0];
        };
    }

    private void screenshot(String name) throws IOException {
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                StandardCopyOption.REPLACE_EXISTING);
        System.out.println("analyst page screenshot: " + file.toAbsolutePath());
    }

    private long longScript(String script) {
        Object value = ((JavascriptExecutor) browser).executeScript(script);
        return value instanceof Number n ? n.longValue() : -1;
    }
}
