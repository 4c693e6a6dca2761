package org.chronicle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The harness still works: every measurement runs at tiny sizes against the real platform (the launcher jar and its
 * four services on free loopback ports), and results.json, the plots and the report come out complete. The figures
 * of a quick run are not judged here — that is what the full run and BENCHMARKS.md are for.
 */
class BenchQuickIT {

    @Test
    void everyMeasurementRunsAtTinySizesAndTheReportIsGeneratedFromItsResults() throws Exception {
        Path root = Path.of(System.getProperty("chronicle.root", "..")).toAbsolutePath().normalize();
        Path out = root.resolve("bench/target/quick-it");
        Scale scale = Scale.quick();
        Results results = BenchRun.run(root, scale, new LinkedHashSet<>(BenchRun.PHASES), out, out.resolve("BENCHMARKS.md"),
                                       "BenchQuickIT");

        assertThat(results.startingWith("failed.")).as("failed phases").isEmpty();
        List<String> expected = new java.util.ArrayList<>(List.of("ingest.throughput", "lag.p50", "lag.p99",
                "footprint.start.healthy", "footprint.start.seeded", "footprint.rss.idle.total", "footprint.rss.load.total",
                "generator.format", "generator.readback"));
        if (Wrk.installed() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            expected.add("gateway.throughput");
            expected.add("gateway.latency.p50.added");
        }
        for (int size : scale.sizes()) {
            expected.addAll(List.of("replay.rate@" + size, "growth.submit.p50@" + size, "growth.revise.p50@" + size,
                                    "growth.query.p50@" + size, "growth.query.entity.p50@" + size));
        }
        for (String language : SyntheticArticles.LANGUAGES) {
            expected.addAll(List.of("extraction.sentences." + language, "extraction.articles." + language));
        }
        for (String name : expected) {
            Result result = results.find(name).orElseThrow(() -> new AssertionError("no result " + name));
            assertThat(result.value()).as(name).isPositive().isFinite();
            if (result.baseline() != null) {
                assertThat(result.ratio()).as(name + " ratio").isNotNull().isPositive();
            }
        }
        // the generated event documents are the services' own, and the services read them back
        assertThat(results.find("generator.format").orElseThrow().ratio()).isEqualTo(1.0);
        assertThat(results.find("generator.readback").orElseThrow().ratio()).isEqualTo(1.0);
        assertThat(results.find("footprint.rss.idle.total").orElseThrow().target()).isNotNull();

        assertThat(Results.read(out.resolve("results.json"))).isEqualTo(results);
        for (Charts.Plot plot : Charts.GROWTH) {
            assertThat(out.resolve("plots").resolve(plot.file())).isNotEmptyFile();
        }
        String report = Files.readString(out.resolve("BENCHMARKS.md"));
        assertThat(report).contains("## Targets", "## 2. Ingest", "## 3. End-to-end lag", "## 4. Replay", "## 5. Growth",
                                    "## 6. Extraction", "## 7. Footprint", "plots/growth-replay.png",
                                    results.machine().commit());
    }
}
