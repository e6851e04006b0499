package org.archivist.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies collected from many threads, and their percentiles. */
final class Percentiles {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void add(double value) {
        millis.add(value);
    }

    /** A new collection of this one's values and {@code other}'s. */
    Percentiles with(Percentiles other) {
        Percentiles both = new Percentiles();
        synchronized (millis) {
            both.millis.addAll(millis);
        }
        synchronized (other.millis) {
            both.millis.addAll(other.millis);
        }
        return both;
    }

    int count() {
        return millis.size();
    }

    /** The value at {@code p} (0 to 100), nearest rank; 0 when there is none. */
    double at(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
