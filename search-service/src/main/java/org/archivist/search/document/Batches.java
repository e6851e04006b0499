package org.archivist.search.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** Cuts a batch of documents into bulk requests that stay under a count and a size. */
public final class Batches {

    private Batches() {
    }

    /** In order; a single item over {@code maxBytes} goes alone. */
    public static <T> List<List<T>> split(List<T> items, ToLongFunction<T> bytes, int maxItems, long maxBytes) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long size = 0;
        for (T item : items) {
            long itemBytes = bytes.applyAsLong(item);
            if (!current.isEmpty() && (current.size() >= maxItems || size + itemBytes > maxBytes)) {
                chunks.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(item);
            size += itemBytes;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
