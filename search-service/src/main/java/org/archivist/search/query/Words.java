package org.archivist.search.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as the index's analysis cuts them (standard tokenizer, lowercase, and accent folding where the index
 * folds): runs of letters and digits, an apostrophe between letters kept ("l'humanité"). Used to mark the words
 * of a query in short values (titles, entity names) without asking Elasticsearch to highlight them.
 */
public final class Words {

    /** A word of a text, compared by {@code key}, found between {@code start} and {@code end}. */
    public record Token(String key, int start, int end) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    public static List<Token> tokens(String text, boolean fold) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n) {
                int d = text.codePointAt(i);
                if (isWordChar(d)) {
                    i += Character.charCount(d);
                } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))
                        && i > start && Character.isLetter(text.codePointBefore(i))) {
                    i++;
                } else {
                    break;
                }
            }
            tokens.add(new Token(key(text.substring(start, i), fold), start, i));
        }
        return tokens;
    }

    /** The form words are compared in. */
    public static String key(String word, boolean fold) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!fold || ascii(lower)) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code term} (its words in sequence, the last one only as a prefix if {@code prefix}) occurs in
     * {@code tokens}: the character spans, empty when nowhere.
     */
    public static List<int[]> find(List<Token> tokens, List<Token> term, boolean prefix) {
        List<int[]> spans = new ArrayList<>();
        if (term.isEmpty()) {
            return spans;
        }
        for (int i = 0; i + term.size() <= tokens.size(); i++) {
            boolean match = true;
            for (int k = 0; k < term.size() && match; k++) {
                String have = tokens.get(i + k).key();
                String want = term.get(k).key();
                match = prefix && k == term.size() - 1 ? have.startsWith(want) : have.equals(want);
            }
            if (match) {
                spans.add(new int[] {tokens.get(i).start(), tokens.get(i + term.size() - 1).end()});
            }
        }
        return spans;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
