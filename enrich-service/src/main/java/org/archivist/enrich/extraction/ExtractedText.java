package org.archivist.enrich.extraction;

/**
 * The text found in a file.
 *
 * @param truncated true when the text was longer than the limit and was cut off there
 */
public record ExtractedText(String title, String text, boolean truncated) {
}
