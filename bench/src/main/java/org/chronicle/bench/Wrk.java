package org.chronicle.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's {@code wrk}: a light HTTP load generator (one thread here: the machine has two cores to share). */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    record Run(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long failures) {
    }

    private Wrk() {
    }

    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    static Run run(String url, int connections, Duration duration) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + duration.toSeconds() + "s",
                                         "--timeout", "10s", "--latency", url).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        return parse(out);
    }

    static Run parse(String out) {
        long failures = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            failures += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = ERRORS.matcher(out);
        if (errors.find()) {
            for (int g = 1; g <= 4; g++) {
                failures += Long.parseLong(errors.group(g));
            }
        }
        return new Run(number(RATE, out), percentile(out, "50%"), percentile(out, "99%"), (long) number(TOTAL, out),
                       failures);
    }

    private static double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalArgumentException("unexpected wrk output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A line of the latency distribution, e.g. {@code "     50%    3.48ms"}, in milliseconds. */
    private static double percentile(String out, String label) {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(out);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + label + " latency in wrk output:\n" + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
