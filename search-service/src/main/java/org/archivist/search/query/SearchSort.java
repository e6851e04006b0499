package org.archivist.search.query;

/** The order of hits: best match first, or by issue date (documents without a date last either way). */
public enum SearchSort {
    RELEVANCE("relevance"),
    OLDEST("date"),
    NEWEST("-date");

    private final String parameter;

    SearchSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    static SearchSort of(String raw) {
        if (raw == null || raw.isBlank()) {
            return RELEVANCE;
        }
        for (SearchSort sort : values()) {
            if (sort.parameter.equals(raw.strip())) {
                return sort;
            }
        }
        throw new InvalidSearch("sort", "sort is one of relevance, date (oldest first) or -date (newest first).");
    }
}
