package org.archivist.enrich.extraction;

/**
 * The text found in a file.
 *
 * @param declaredTitle the title the file declares (HTML title, document properties), or null
 * @param truncated     true when the text was longer than the limit and was cut off there
 */
public record ExtractedText(String declaredTitle, String text, boolean truncated) {

    private static final int MAX_TITLE_LENGTH = 300;

    /** The declared title, else the first line of the text. */
    public String title() {
        if (declaredTitle != null && !declaredTitle.isBlank()) {
            return shorten(declaredTitle.strip());
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(ExtractedText::shorten)
                .orElse("");
    }

    private static String shorten(String s) {
        return s.length() <= MAX_TITLE_LENGTH ? s : s.substring(0, MAX_TITLE_LENGTH - 1) + "…";
    }
}
