package org.chronicle.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code bench/results.json}: the run (mode, command, machine, duration) and one object per measurement. BENCHMARKS.md
 * and the plots are generated from this file alone.
 */
public record Results(String mode, String command, Machine machine, double durationSeconds, double loadAtEnd,
                      List<Result> measurements) {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(this) + "\n");
    }

    static Results read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Results.class);
    }

    Optional<Result> find(String name) {
        return measurements.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    List<Result> startingWith(String prefix) {
        return new ArrayList<>(measurements.stream().filter(r -> r.name().startsWith(prefix)).toList());
    }
}
