package org.archivist.enrich.entities.hipe;

import java.util.Arrays;

/**
 * A newspaper's OCR text as a finder should read it, with the way back to the original offsets. A HIPE
 * {@code EndOfLine} is a line of a printed column, not the end of a sentence, so lines are joined with a
 * space; a word broken over two lines ("Jeru¬\nsalem", "Lin-\nneus") is joined again.
 *
 * @param text     the text for the finder
 * @param original for each offset of {@code text}, and one past its end, the offset in the original text
 */
public record OcrView(String text, int[] original) {

    public static OcrView of(String text, boolean joinLines, boolean joinBrokenWords) {
        StringBuilder view = new StringBuilder(text.length());
        int[] original = new int[text.length() + 1];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (joinBrokenWords && isBrokenWord(text, i)) {
                i += text.charAt(i + 1) == '\n' ? 1 : 2;
                continue;
            }
            original[length++] = i;
            view.append(joinLines && c == '\n' ? ' ' : c);
        }
        original[length] = text.length();
        return new OcrView(view.toString(), Arrays.copyOf(original, length + 1));
    }

    // a letter, a hyphen at the end of the line (maybe after a space), a lower-case letter on the next
    private static boolean isBrokenWord(String text, int i) {
        char c = text.charAt(i);
        if ((c != '-' && c != '¬') || i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return false;
        }
        int next = i + 1;
        if (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next + 1 < text.length() && text.charAt(next) == '\n' && Character.isLowerCase(text.charAt(next + 1));
    }

    public int toOriginalStart(int start) {
        return original[start];
    }

    /** The original offset after the character before {@code end}, so a span never takes in what was cut. */
    public int toOriginalEnd(int end) {
        return end == 0 ? original[0] : original[end - 1] + 1;
    }
}
