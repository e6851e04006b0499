package org.archivist.search.query;

/**
 * The bounds a search must stay within.
 *
 * @param maxPageSize    the largest {@code size}
 * @param maxQueryLength the longest {@code q}, in characters
 */
public record SearchLimits(int maxPageSize, int maxQueryLength) {

    /** Elasticsearch's {@code index.max_result_window}: beyond it, page with the cursor. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public static final int MAX_FILTER_VALUES = 20;

    public static final int MAX_FILTER_LENGTH = 300;
}
