package org.chronicle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronicle.launcher.PlatformSettings.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The dashboards and alert rules in infra/ query only metrics the services really export: every metric name in
 * infra/grafana/dashboards/*.json and infra/prometheus/alerts.yml must appear in a scrape of some service's
 * /actuator/prometheus, taken after the seeds and a few API calls have registered the lazily created meters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsContractIT {

    private static final Path INFRA = Path.of("..", "infra");
    /** PromQL functions, aggregations and keywords; anything else that looks like a name is a metric. */
    private static final Set<String> PROMQL = Set.of(
            "sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk", "bottomk", "quantile", "count_values",
            "group", "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool",
            "offset", "rate", "irate", "increase", "delta", "idelta", "deriv", "changes", "resets",
            "histogram_quantile", "predict_linear", "abs", "ceil", "floor", "round", "clamp", "clamp_min",
            "clamp_max", "label_replace", "label_join", "vector", "scalar", "time", "timestamp", "absent",
            "absent_over_time", "avg_over_time", "min_over_time", "max_over_time", "sum_over_time",
            "count_over_time", "last_over_time", "quantile_over_time", "present_over_time", "sort", "sort_desc",
            "exp", "ln", "log2", "log10", "sqrt", "inf", "nan");
    /** Prometheus's own series, not the services'. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private Platform platform;
    private Gateway api;

    @BeforeAll
    void start() throws Exception {
        Path dataDir = Files.createTempDirectory("chronicle-metrics");
        PlatformSettings settings = PlatformSettings.onFreePorts(dataDir, Path.of(System.getProperty("chronicle.services")),
                Path.of(System.getProperty("chronicle.seeds")), null, null, List.of("-XX:TieredStopAtLevel=1"));
        platform = Platform.start(settings);
        api = new Gateway(platform.gatewayUrl(), platform.adminKey());
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyMetricTheDashboardsAndAlertsUseIsScraped() throws Exception {
        exerciseTheApi();
        Set<String> scraped = new TreeSet<>();
        for (Service service : Service.values()) {
            scraped.addAll(seriesNames(scrape(platform.settings().port(service))));
        }
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> dashboards = Files.list(INFRA.resolve("grafana").resolve("dashboards"))) {
            for (Path file : dashboards.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (String expr : dashboardExpressions(new ObjectMapper().readTree(file.toFile()))) {
                    metricNames(expr).forEach(n -> used.computeIfAbsent(n, k -> new TreeSet<>()).add(file.getFileName().toString()));
                }
            }
        }
        for (String expr : alertExpressions(INFRA.resolve("prometheus").resolve("alerts.yml"))) {
            metricNames(expr).forEach(n -> used.computeIfAbsent(n, k -> new TreeSet<>()).add("alerts.yml"));
        }

        List<String> missing = new ArrayList<>();
        used.forEach((name, files) -> {
            if (!PROMETHEUS_OWN.contains(name) && !scraped.contains(name)) {
                missing.add(name + " (used in " + String.join(", ", files) + ")");
            }
        });
        System.out.printf("metrics-contract: %d metric names used by dashboards and alerts, %d series names scraped%n",
                          used.size(), scraped.size());
        used.keySet().forEach(name -> System.out.printf("  %s %s%n", scraped.contains(name) ? "ok     " :
                PROMETHEUS_OWN.contains(name) ? "own    " : "MISSING", name));
        assertThat(used).as("metric names found in infra/").containsKeys("chronicle_timeline_events_behind", "up");
        assertThat(missing).as("metrics used in infra/ but not exported by any service").isEmpty();
    }

    @Test
    void theExtractorSeesThroughLabelsRangesAndFunctions() {
        assertThat(metricNames("histogram_quantile(0.95, sum by (routeId, le) (rate(a_bucket{x=~\"5..\", y=\"by (z)\"}[5m])))"
                               + " / on (instance) group_left b_total offset 1h > 0.05 and c == 1"))
                .containsExactlyInAnyOrder("a_bucket", "b_total", "c");
        assertThat(metricNames("deriv(d[10m]) > 0 and d > 100 or sum without (job) (e) unless max(f) by (g)"))
                .containsExactlyInAnyOrder("d", "e", "f");
    }

    /** Calls that make the lazily registered meters appear: a submit, a rejection, a 401, reads, a replay, an audit. */
    private void exerciseTheApi() throws Exception {
        String url = "https://news.example.org/metrics/" + UUID.randomUUID();
        assertThat(api.post("/api/articles", Map.of("title", "Shoigu visits Pyongyang",
                "body", "Sergei Shoigu arrived in Pyongyang on Wednesday for talks with Kim Jong Un.",
                "language", "en", "source", "Metrics Wire", "url", url, "publishedAt", "2025-06-04T09:00:00Z"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/articles", Map.of("title", "t")).status()).isEqualTo(400);
        assertThat(api.withoutKey().post("/api/articles", Map.of("title", "t")).status()).isEqualTo(401);
        assertThat(api.get("/api/timeline").status()).isEqualTo(200);
        assertThat(api.get("/api/entities").status()).isEqualTo(200);
        assertThat(api.post("/api/admin/replay", null).status()).isEqualTo(202);
        api.await("/api/admin/replay", r -> r.text("state").equals("DONE"), Duration.ofSeconds(60));
        assertThat(api.get("/api/admin/audit").status()).isEqualTo(200);
    }

    private static String scrape(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("scrape of port " + port).isEqualTo(200);
        return response.body();
    }

    /** Series names as Prometheus stores them ({@code _bucket}, {@code _count}, {@code _sum}, {@code _total} ...). */
    static Set<String> seriesNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher name = NAME.matcher(line);
            if (name.lookingAt()) {
                names.add(name.group());
            }
        }
        return names;
    }

    /** The metric names a PromQL expression selects. */
    static Set<String> metricNames(String expr) {
        String stripped = expr
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", " ")               // strings (label values, regexes)
                .replaceAll("\\{[^}]*}", " ")                             // label matchers
                .replaceAll("\\[[^]]*]", " ")                             // ranges and subqueries
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ") // label lists
                .replaceAll("\\boffset\\s+[0-9a-z]+", " ");               // offset durations
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?<![0-9.])[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(stripped);
        while (matcher.find()) {
            String token = matcher.group();
            if (!PROMQL.contains(token.toLowerCase())) {
                names.add(token);
            }
        }
        return names;
    }

    private static List<String> dashboardExpressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panels::add);
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).path("panels").forEach(panels::add); // rows nest their panels
            panels.get(i).path("targets").forEach(t -> expressions.add(t.path("expr").asText()));
        }
        return expressions;
    }

    @SuppressWarnings("unchecked")
    private static List<String> alertExpressions(Path file) throws IOException {
        Map<String, Object> rules;
        try (var reader = Files.newBufferedReader(file)) {
            rules = new Yaml().load(reader);
        }
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                expressions.add(String.valueOf(rule.get("expr")));
            }
        }
        return expressions;
    }
}
