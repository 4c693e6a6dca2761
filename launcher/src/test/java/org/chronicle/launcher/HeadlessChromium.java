package org.chronicle.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser tests drive Debian's Chromium through ChromeDriver, headless, with a fresh profile, no background
 * networking (this machine's network is closed) and the browser console captured. In CI ({@code CI=true}) their absence fails the
 * build, since {@code .ci/run} installs them; on a developer's machine with only Java the browser tests are skipped
 * with the command that enables them, so {@code ./mvnw verify} still runs everything else.
 */
final class HeadlessChromium {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    static void require() {
        if (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = "Chromium and ChromeDriver are needed for the browser tests: "
                + "sudo apt-get install -y chromium chromium-driver (.ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }

    static ChromeDriver start(String profilePrefix, String... extraArguments) throws java.io.IOException {
        Path profile = Files.createTempDirectory(profilePrefix);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1700", "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
