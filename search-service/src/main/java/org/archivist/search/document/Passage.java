package org.archivist.search.document;

/**
 * A short piece of a document's text around one mention, kept with the document so that a hit found through
 * a spelling variant can show the document's own spelling without reading the whole text again.
 *
 * @param surface   the mention as the document writes it
 * @param text      the piece of text, plain (not escaped)
 * @param markStart where the mention starts in {@code text}
 * @param markEnd   where it ends (exclusive)
 */
public record Passage(String surface, String text, int markStart, int markEnd) {
}
