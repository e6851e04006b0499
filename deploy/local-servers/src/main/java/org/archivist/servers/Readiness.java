package org.archivist.servers;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a real check until it passes, failing early when the server process has died. */
final class Readiness {

    private Readiness() {
    }

    static void await(String what, Duration timeout, ServerProcess process, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null) {
                process.assertAlive();
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
