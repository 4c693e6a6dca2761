package org.chronicle.platform.testing;

import java.security.SecureRandom;
import java.util.function.Consumer;

/**
 * Runs a bounded number of fuzz tries. Each run draws a seed (or takes {@code -Dchronicle.fuzz.seed=...}) and a
 * failure names it, so the same sequence of inputs can be replayed.
 */
public final class Fuzz {

    private Fuzz() {
    }

    public static void run(String name, int tries, Consumer<HostileInput> attempt) {
        long seed = Long.getLong("chronicle.fuzz.seed", new SecureRandom().nextLong());
        HostileInput input = new HostileInput(seed);
        long started = System.nanoTime();
        for (int i = 1; i <= tries; i++) {
            try {
                attempt.accept(input);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("Fuzz " + name + " failed at try " + i + " of " + tries
                        + "; replay with -Dchronicle.fuzz.seed=" + seed + "\n" + failure.getMessage(), failure);
            }
        }
        System.out.printf("fuzz %s: %d tries in %d ms, seed %d%n", name, tries,
                          (System.nanoTime() - started) / 1_000_000, seed);
    }
}
