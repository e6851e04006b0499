package org.archivist.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/** The words of a text (runs of letters, or of digits), with their offsets. Plain Java. */
final class Words {

    record Word(int start, int end, String text) {
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) || Character.isDigit(c)) {
                boolean letters = Character.isLetter(c);
                int start = i;
                while (i < n) {
                    int d = text.codePointAt(i);
                    boolean same = letters ? Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK
                            : Character.isDigit(d);
                    if (!same) {
                        break;
                    }
                    i += Character.charCount(d);
                }
                words.add(new Word(start, i, text.substring(start, i)));
            } else {
                i += Character.charCount(c);
            }
        }
        return words;
    }

    /**
     * Whether two neighbouring words can belong to one name: only spaces, a hyphen, an apostrophe or a full
     * stop between them ("C.P. of Russia", "Workers' Group", "Czecho-Slovakia"), no comma, bracket or line break.
     */
    static boolean joined(String text, Word before, Word after) {
        for (int k = before.end(); k < after.start(); k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.' || c == '\u00a0')) {
                return false;
            }
        }
        return after.start() - before.end() <= 3;
    }
}
