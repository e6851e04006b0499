package org.archivist.events;

/**
 * A note and the place in the text that refers to it.
 *
 * @param marker         the marker as written ("1", "*", "iv")
 * @param text           the note's text, without its marker and author; null for a marker in the text that
 *                       has no note
 * @param author         who wrote the note when it says so ("adri" for "…—adri"), else null
 * @param anchorOffset   where the marker stood, as a character offset in the text without markers; -1 when
 *                       no marker in the text refers to this note
 * @param anchorSentence the sentence around the marker, without it; null when there is no marker
 */
public record Footnote(String marker, String text, String author, int anchorOffset, String anchorSentence) {

    public boolean anchored() {
        return anchorOffset >= 0;
    }
}
