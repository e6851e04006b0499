package org.archivist.enrich.structure;

/** A stretch of text by character offsets: {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {

    public int length() {
        return end - start;
    }
}
