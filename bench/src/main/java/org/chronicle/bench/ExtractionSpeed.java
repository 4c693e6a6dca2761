package org.chronicle.bench;

import java.util.Collection;
import org.chronicle.bench.extraction.ExtractionBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Measurement 6: {@link ExtractionBenchmark} under JMH, sentences/s and articles/s per language over the seed
 * corpus. The full run forks one JVM (2 warm-up and 3 measured iterations of 3 s per benchmark and language); the
 * quick run measures in this JVM for a fraction of a second.
 */
final class ExtractionSpeed {

    private ExtractionSpeed() {
    }

    static void run(Bench bench) throws Exception {
        Scale scale = bench.scale;
        String seeds = bench.seeds().toAbsolutePath().toString();
        System.setProperty("chronicle.seeds", seeds);
        Progress.say("extraction: JMH %s, %d iteration(s) of %d ms per benchmark and language",
                     scale.jmhFork() ? "1 fork" : "in-process", scale.jmhIterations(), scale.jmhTime().toMillis());
        Options options = new OptionsBuilder()
                .include(ExtractionBenchmark.class.getName())
                .forks(scale.jmhFork() ? 1 : 0)
                .warmupIterations(scale.jmhFork() ? 2 : 1)
                .warmupTime(TimeValue.milliseconds(scale.jmhFork() ? 2000 : scale.jmhTime().toMillis()))
                .measurementIterations(scale.jmhIterations())
                .measurementTime(TimeValue.milliseconds(scale.jmhTime().toMillis()))
                .jvmArgsAppend("-Dchronicle.seeds=" + seeds)
                .verbosity(scale.jmhFork() ? VerboseMode.NORMAL : VerboseMode.SILENT)
                .build();
        Collection<RunResult> runs = new Runner(options).run();
        for (RunResult run : runs) {
            String benchmark = run.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String language = run.getParams().getParam("language");
            boolean sentences = method.equals("sentence");
            bench.record(Result.of("extraction." + (sentences ? "sentences." : "articles.") + language,
                                   run.getPrimaryResult().getScore(), sentences ? "sentences/s" : "articles/s")
                    .noted("JMH ± " + Result.round(run.getPrimaryResult().getScoreError())));
        }
    }
}
