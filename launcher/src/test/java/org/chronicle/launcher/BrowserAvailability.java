package org.chronicle.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The browser tests drive Debian's Chromium through ChromeDriver. In CI ({@code CI=true}) their absence fails the
 * build, since {@code .ci/run} installs them; on a developer's machine with only Java the browser tests are skipped
 * with the command that enables them, so {@code ./mvnw verify} still runs everything else.
 */
final class BrowserAvailability {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserAvailability() {
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
}
