package org.chronicle.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the services' time in the store goes, from the MongoDB driver's command timer every service exports
 * ({@code mongodb_driver_commands_seconds} by collection and command): read before and after a phase, the
 * difference shows which collections and commands a replay or a load spent its store time on. Printed with the
 * progress (and run with {@code -Dbench.storeTime=true}) as a diagnosis aid.
 */
final class StoreTime {

    private static final Pattern LINE = Pattern.compile(
            "^mongodb_driver_commands_seconds_(sum|count)\\{([^}]*)}\\s+([0-9.eE+-]+)$", Pattern.MULTILINE);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, double[]> before;
    private final LaunchedPlatform platform;

    private StoreTime(LaunchedPlatform platform) {
        this.platform = platform;
        this.before = read(platform);
    }

    static boolean enabled() {
        return Boolean.getBoolean("bench.storeTime");
    }

    static StoreTime start(LaunchedPlatform platform) {
        return new StoreTime(platform);
    }

    /** Prints the commands that took the most store time since {@link #start}. */
    void report(String phase) {
        Map<String, double[]> after = read(platform);
        List<Map.Entry<String, double[]>> deltas = new ArrayList<>();
        after.forEach((key, value) -> {
            double[] was = before.getOrDefault(key, new double[2]);
            deltas.add(Map.entry(key, new double[]{value[0] - was[0], value[1] - was[1]}));
        });
        deltas.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        Progress.say("  store time during %s (service collection command: seconds, calls):", phase);
        for (Map.Entry<String, double[]> delta : deltas.subList(0, Math.min(8, deltas.size()))) {
            Progress.say("    %-60s %8.1f s %8.0f", delta.getKey(), delta.getValue()[0], delta.getValue()[1]);
        }
    }

    private static Map<String, double[]> read(LaunchedPlatform platform) {
        Map<String, double[]> totals = new HashMap<>();
        platform.serviceUrls().forEach((service, url) -> {
            try {
                String text = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus")).build(),
                                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = LINE.matcher(text);
                while (m.find()) {
                    String key = service + " " + label(m.group(2), "collection") + " " + label(m.group(2), "command");
                    totals.computeIfAbsent(key, k -> new double[2])[m.group(1).equals("sum") ? 0 : 1]
                            += Double.parseDouble(m.group(3));
                }
            } catch (IOException e) {
                Progress.say("  (no metrics from %s: %s)", service, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return totals;
    }

    private static String label(String labels, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(labels);
        return m.find() ? m.group(1) : "?";
    }
}
