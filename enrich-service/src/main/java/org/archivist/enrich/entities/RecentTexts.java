package org.archivist.enrich.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The NER model's mentions of the texts it read last, so that a document enriched again soon after (for an
 * authority change: a name it mentions became an entity) is linked anew without the model reading it again.
 * The model is a function of the text alone, so what is kept is never stale; what the authority file adds
 * (its gazetteer, the linking) runs every time. Least recently used texts go first; safe from several threads.
 */
public final class RecentTexts {

    private final Function<String, List<Mention>> finder;
    private final Map<String, List<Mention>> recent;
    private long hits;
    private long misses;

    /** @param capacity how many texts are kept; 0 keeps none */
    public RecentTexts(Function<String, List<Mention>> finder, int capacity) {
        this.finder = finder;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Mention>> eldest) {
                return size() > capacity;
            }
        };
    }

    public List<Mention> find(String text) {
        synchronized (this) {
            List<Mention> known = recent.get(text);
            if (known != null) {
                hits++;
                return known;
            }
            misses++;
        }
        // Read outside the lock: two threads may read one text at once, and both get the same answer.
        List<Mention> found = List.copyOf(finder.apply(text));
        synchronized (this) {
            recent.put(text, found);
        }
        return found;
    }

    /** Texts answered from memory, and texts the model read. */
    public synchronized long[] hitsAndMisses() {
        return new long[] {hits, misses};
    }
}
