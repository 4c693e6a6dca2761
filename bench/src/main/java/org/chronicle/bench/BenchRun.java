package org.chronicle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench/run [--quick] [--only=platform,growth,extraction] [--sizes=1000,10000] [--knobs-at=N] [--knobs=slugs] [--out=DIR]
 * [--report-only]}:
 * runs the measurements in order with progress on standard output, then writes {@code results.json}, the growth
 * plots and the report. The full run writes {@code bench/results.json}, {@code bench/plots/} and the top-level
 * {@code BENCHMARKS.md}; {@code --quick} (and any partial run) writes under {@code bench/target/quick/} instead, so
 * the published results only change by a full run. Every platform it starts is on free loopback ports and stopped
 * at the end of its phase; the whole run stops by itself.
 */
public final class BenchRun {

    static final List<String> PHASES = List.of("platform", "growth", "extraction");

    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("chronicle.root", ".")).toAbsolutePath().normalize();
        boolean quick = false;
        Set<String> only = new LinkedHashSet<>(PHASES);
        List<Integer> sizes = null;
        Integer knobsAt = null;
        Path out = null;
        boolean reportOnly = false;
        for (String arg : args) {
            if (arg.equals("--report-only")) {
                reportOnly = true;
            } else if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--only=")) {
                only = new LinkedHashSet<>(Arrays.asList(arg.substring("--only=".length()).split(",")));
            } else if (arg.startsWith("--sizes=")) {
                sizes = Arrays.stream(arg.substring("--sizes=".length()).split(",")).map(Integer::valueOf).toList();
            } else if (arg.startsWith("--knobs-at=")) {
                knobsAt = Integer.valueOf(arg.substring("--knobs-at=".length()));
            } else if (arg.startsWith("--knobs=")) {
                System.setProperty(StoreGrowth.KNOB_FILTER, arg.substring("--knobs=".length()));
            } else if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length())).toAbsolutePath();
            } else {
                System.err.println("unknown argument " + arg + "; usage: bench/run [--quick] [--only="
                                   + String.join(",", PHASES) + "] [--sizes=1000,10000] [--knobs-at=N] [--knobs=slug,...] "
                                   + "[--out=DIR] "
                                   + "[--report-only]");
                System.exit(2);
            }
        }
        Scale scale = quick ? Scale.quick() : Scale.full();
        if (sizes != null || knobsAt != null) {
            scale = scale.withSizes(sizes != null ? sizes : scale.sizes(), knobsAt != null ? knobsAt : scale.knobsAt());
        }
        boolean published = !quick && only.containsAll(PHASES) && sizes == null && knobsAt == null && out == null;
        Path outDir = out != null ? out : published ? root.resolve("bench") : root.resolve("bench/target/quick");
        Path report = published ? root.resolve("BENCHMARKS.md") : outDir.resolve("BENCHMARKS.md");
        if (reportOnly) {
            // after editing bench/findings.md: the report and plots again from the results as they are
            write(Results.read(outDir.resolve("results.json")), root, outDir, report);
            return;
        }
        Results results = run(root, scale, only, outDir, report, "bench/run" + (args.length == 0 ? "" : " " + String.join(" ", args)));
        boolean failed = !results.startingWith("failed.").isEmpty();
        System.exit(failed ? 1 : 0);
    }

    /** Runs the chosen phases and writes results.json, the plots and the report; returns what it wrote. */
    static Results run(Path root, Scale scale, Set<String> phases, Path outDir, Path reportFile, String command)
            throws Exception {
        System.setProperty("java.awt.headless", "true");
        Machine machine = Machine.describe(root);
        Path work = Files.createTempDirectory("chronicle-bench");
        Progress.say("%s run on %d cores, %d MiB, load %.2f; commit %s; scratch %s", scale.name(), machine.cores(),
                     machine.memoryMiB(), machine.loadAtStart(), machine.commit(), work);
        Bench bench = new Bench(root, scale, work);
        long began = System.nanoTime();
        try {
            for (String phase : PHASES) {
                if (!phases.contains(phase)) {
                    continue;
                }
                try {
                    switch (phase) {
                        case "platform" -> PlatformUnderLoad.run(bench);
                        case "growth" -> StoreGrowth.run(bench);
                        default -> ExtractionSpeed.run(bench);
                    }
                } catch (Exception | AssertionError failure) {
                    Progress.say("phase %s FAILED: %s", phase, failure);
                    failure.printStackTrace(System.out);
                    bench.record(Result.of("failed." + phase, 1, "phase").noted(String.valueOf(failure)));
                }
            }
        } finally {
            deleteRecursively(work);
        }
        Results results = new Results(scale.name(), command, machine, Result.round((System.nanoTime() - began) / 1e9),
                                      Machine.loadAverage(), bench.results());
        results.write(outDir.resolve("results.json"));
        write(results, root, outDir, reportFile);
        Progress.say("done in %.0f s: %s, %s, %s", results.durationSeconds(), outDir.resolve("results.json"),
                     outDir.resolve("plots"), reportFile);
        return results;
    }

    /** The plots and the report from the results. */
    private static void write(Results results, Path root, Path outDir, Path reportFile) throws IOException {
        Path plots = outDir.resolve("plots");
        Charts.draw(results, plots);
        Path reportDir = reportFile.toAbsolutePath().getParent();
        Report.write(results, reportFile, relative(reportDir, plots), relative(reportDir, outDir.resolve("results.json")),
                     root.resolve("bench/findings.md"));
    }

    private static String relative(Path from, Path to) {
        return from.relativize(to.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
    }
}
