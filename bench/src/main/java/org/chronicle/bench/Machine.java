package org.chronicle.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a result was measured on: the commit, the date, the cores and memory, and how busy the machine already was
 * (this one is shared, so the one-minute load average at start and end is part of the record).
 */
public record Machine(String commit, boolean dirty, String date, int cores, long memoryMiB, String cpu, String os,
                      String java, double loadAtStart) {

    static Machine describe(Path root) {
        return new Machine(git(root, "rev-parse", "--short", "HEAD"), !git(root, "status", "--porcelain", "--untracked-files=no").isEmpty(),
                           Instant.now().toString(), Runtime.getRuntime().availableProcessors(), totalMemoryMiB(), cpuModel(),
                           System.getProperty("os.name") + " " + System.getProperty("os.version"),
                           System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), loadAverage());
    }

    /** The one-minute load average, or -1 where /proc is missing. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long totalMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the JVM's view is the best we have
        }
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return System.getProperty("os.arch");
    }

    private static String git(Path root, String... arguments) {
        try {
            Process git = new ProcessBuilder(concat(List.of("git"), List.of(arguments))).directory(root.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
