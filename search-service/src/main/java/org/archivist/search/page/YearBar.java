package org.archivist.search.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One bar of the year histogram: the documents issued that year. Years without documents between the first
 * and the last get an empty bar, so that the bars are a time line.
 *
 * @param height the bar's height in percent of the tallest
 */
public record YearBar(int year, long count, int height) {

    /** Beyond this many years, the empty years are left out rather than drawn. */
    static final int MAX_SPAN = 300;

    /** The style class of its height, in steps of 5% (the pages allow no inline styles). */
    public String heightClass() {
        return "h-" + (int) (Math.round(height / 5.0) * 5);
    }

    /** What the bar says to a screen reader or in its tooltip. */
    public String label() {
        return year + ": " + count + (count == 1 ? " document" : " documents");
    }

    public static List<YearBar> of(Map<Integer, Long> countsByYear) {
        TreeMap<Integer, Long> counts = new TreeMap<>(countsByYear);
        List<YearBar> bars = new ArrayList<>();
        if (counts.isEmpty()) {
            return bars;
        }
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        boolean fill = counts.lastKey() - counts.firstKey() < MAX_SPAN;
        Iterable<Integer> years = fill
                ? java.util.stream.IntStream.rangeClosed(counts.firstKey(), counts.lastKey()).boxed().toList()
                : counts.keySet();
        for (int year : years) {
            long count = counts.getOrDefault(year, 0L);
            bars.add(new YearBar(year, count, count == 0 ? 0 : (int) Math.max(4, Math.round(100.0 * count / max))));
        }
        return bars;
    }
}
