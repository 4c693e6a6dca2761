package org.chronicle.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronicle.api.entity.EntityRegistered;

/** What every measurement shares: where the project is, how big to go, scratch space, and the results so far. */
final class Bench {

    final Path root;
    final Scale scale;
    final Path work;
    final List<EntityRegistered> entities;
    private final List<Result> results = new ArrayList<>();

    Bench(Path root, Scale scale, Path work) throws java.io.IOException {
        this.root = root;
        this.scale = scale;
        this.work = work;
        this.entities = SeedEntities.registrations(seeds());
    }

    Path seeds() {
        return root.resolve("seeds");
    }

    void record(Result result) {
        results.add(result);
        StringBuilder line = new StringBuilder(String.format("  %-34s %10s %s", result.name(), format(result.value()),
                                                             result.unit()));
        if (result.baseline() != null) {
            line.append(String.format("  (baseline %s, ratio %s)", format(result.baseline()),
                                      result.ratio() == null ? "-" : format(result.ratio())));
        }
        if (result.target() != null) {
            line.append(result.met() ? "  target met: " : "  TARGET MISSED: ").append(result.target());
        }
        Progress.say("%s", line);
    }

    List<Result> results() {
        return List.copyOf(results);
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
