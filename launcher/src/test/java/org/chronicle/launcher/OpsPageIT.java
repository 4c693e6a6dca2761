package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator page in a real browser (headless Chromium through ChromeDriver) against the platform as the launcher
 * runs it: every service shows as up, the charts draw what the summary says, and the replay button with the admin
 * key starts a replay the page follows to DONE. Leaves screenshots in {@code target/ops-page.png} (laptop) and
 * {@code target/ops-page-phone.png} (phone width).
 * <p>
 * Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages {@code chromium},
 * {@code chromium-driver}; {@code .ci/run} installs them) and fails, not skips, without them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpsPageIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> SERVICES = List.of("gateway", "article-service", "entity-service",
            "timeline-service");

    private Path dataDir;
    private Platform platform;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        HeadlessChromium.require();

        dataDir = Files.createTempDirectory("chronicle-ops-page");
        PlatformSettings settings = PlatformSettings.onFreePorts(dataDir, Path.of(System.getProperty("chronicle.services")),
                Path.of(System.getProperty("chronicle.seeds")), null, null, List.of("-XX:TieredStopAtLevel=1"));
        platform = Platform.start(settings);

        browser = HeadlessChromium.start("chronicle-ops-chromium");
        wait = new WebDriverWait(browser, WAIT);
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
    void thePageShowsEveryServiceUp() throws Exception {
        // some traffic on two routes, so the route charts have something to draw
        Gateway api = new Gateway(platform.gatewayUrl(), null);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/articles?limit=5").status()).isEqualTo(200);
            assertThat(api.get("/api/timeline?limit=5").status()).isEqualTo(200);
        }

        browser.get(platform.gatewayUrl() + "/ops");

        assertThat(browser.getTitle()).contains("Chronicle");
        for (String service : SERVICES) {
            By tile = By.cssSelector("#services li[data-service='" + service + "']");
            wait.until(ExpectedConditions.attributeToBe(tile, "data-up", "true"));
            assertThat(browser.findElement(tile).getText()).contains(service).contains("UP");
        }
    }

    @Test
    @Order(2)
    void theChartsDrawTheSummaries() throws Exception {
        // traffic while the page watches, over more than one poll (every 2 s): the rate chart rises above zero
        Gateway api = new Gateway(platform.gatewayUrl(), null);
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            assertThat(api.get("/api/articles?limit=5").status()).isEqualTo(200);
            assertThat(api.get("/api/entities?limit=5").status()).isEqualTo(200);
            Thread.sleep(100);
        }
        wait.until(driver -> longScript("return Chart.getChart('chart-requests').data.datasets"
                + ".flatMap(d => d.data).filter(v => v > 0).length") >= 1);
        for (String chart : List.of("chart-requests", "chart-latency", "chart-counts")) {
            assertThat(longScript("return Chart.getChart('" + chart + "').data.datasets"
                    + ".flatMap(d => d.data).filter(v => v !== null).length"))
                    .as("points drawn in %s", chart).isPositive();
        }
        assertThat(longScript("return Chart.getChart('chart-counts').data.datasets"
                + ".find(d => d.label === 'articles').data.filter(v => v > 0).length"))
                .as("the seeded articles are counted").isPositive();
        // the canvas itself has pixels that are not transparent
        assertThat(longScript("const c = document.getElementById('chart-counts');"
                + "const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < px.length; i += 4) { if (px[i] !== 0) n++; } return n;"))
                .isPositive();
        assertThat(browser.findElement(By.id("figure-articles")).getText()).matches("\\d+");
        assertThat(browser.findElement(By.id("freshness")).getText()).startsWith("Updated");
    }

    @Test
    @Order(3)
    void theReplayButtonWithTheAdminKeyRunsAReplayToDone() throws Exception {
        WebElement key = browser.findElement(By.id("admin-key"));
        assertThat(key.getAttribute("type")).isEqualTo("password");

        // a wrong key first: the page says 401 and the projection is untouched
        key.sendKeys("not-the-admin-key-0000000000");
        browser.findElement(By.id("replay-start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("replay-message"), "401"));

        key.clear();
        key.sendKeys(platform.adminKey());
        browser.findElement(By.id("replay-start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("replay-message"), "Replay started"));
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBe(By.id("replay-state"), "DONE"));
        assertThat(browser.findElement(By.id("replay-count")).getText()).matches("\\d+ / \\d+ events");
        assertThat(browser.findElement(By.id("replay-progress")).getAttribute("value"))
                .isEqualTo(browser.findElement(By.id("replay-progress")).getAttribute("max"));
        assertThat(browser.executeScript("return sessionStorage.getItem('chronicle.ops.adminKey')"))
                .isEqualTo(platform.adminKey());
        assertThat(browser.executeScript("return localStorage.length")).isEqualTo(0L);

        Thread.sleep(2_500); // one more poll, so the screenshot shows the finished replay in the charts
        Path screenshot = Path.of("target", "ops-page.png");
        Files.createDirectories(screenshot.getParent());
        File taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(taken.toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("ops page screenshot: " + screenshot.toAbsolutePath());

        // phone width: everything wraps into the viewport, nothing scrolls sideways
        browser.manage().window().setSize(new Dimension(390, 2600));
        Thread.sleep(500);
        assertThat(longScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("horizontal overflow at phone width: %s", browser.executeScript(
                        "const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect()"
                        + ".right > document.documentElement.clientWidth).map(e => e.tagName + '#' + e.id + '.'"
                        + " + e.className + ':' + Math.round(e.getBoundingClientRect().right));"
                        + "return 'innerWidth=' + innerWidth + ' client=' + document.documentElement.clientWidth"
                        + " + ' wide=' + wide.slice(0, 8).join(' ')"))
                .isLessThanOrEqualTo(0);
        Path phone = Path.of("target", "ops-page-phone.png");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), phone,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(4)
    void theBrowserReportedNoContentSecurityPolicyViolation() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        entries.forEach(entry -> System.out.println("browser: " + entry));
        assertThat(entries).extracting(LogEntry::getMessage).noneMatch(m -> m.contains("Content Security Policy"));
        // the one expected error is the refused replay (401) of the previous test
        assertThat(entries).filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .extracting(LogEntry::getMessage)
                .allMatch(m -> m.contains("/api/admin/replay") && m.contains("401"));
    }

    private long longScript(String script) {
        Object value = ((JavascriptExecutor) browser).executeScript(script);
        return value instanceof Number n ? n.longValue() : -1;
    }
}
