package org.archivist.search.query;

/**
 * HTML escaping as Elasticsearch's {@code html} highlight encoder does it, so that passages made here and
 * passages made by Elasticsearch can sit side by side in a page.
 */
public final class Html {

    public static final String MARK = "<mark>";
    public static final String END_MARK = "</mark>";

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&");
    }

    /** {@code text} escaped, with the characters from {@code start} to {@code end} in a mark. */
    public static String marked(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return escape(text.substring(0, s)) + MARK + escape(text.substring(s, e)) + END_MARK + escape(text.substring(e));
    }

    /** {@code text} escaped, with each of the spans (start, end; they may overlap) in a mark. */
    public static String marked(String text, java.util.List<int[]> spans) {
        boolean[] in = new boolean[text.length()];
        for (int[] span : spans) {
            for (int i = Math.max(0, span[0]); i < Math.min(text.length(), span[1]); i++) {
                in[i] = true;
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && in[j] == in[i]) {
                j++;
            }
            String piece = escape(text.substring(i, j));
            out.append(in[i] ? MARK + piece + END_MARK : piece);
            i = j;
        }
        return out.toString();
    }

    /** The text of a highlighted fragment without its marks, unescaped. */
    public static String plain(String fragment) {
        return unescape(fragment.replace(MARK, "").replace(END_MARK, ""));
    }

    /** The marked words of a highlighted fragment, unescaped, in order. */
    public static java.util.List<String> markedWords(String fragment) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int from = 0;
        while (true) {
            int start = fragment.indexOf(MARK, from);
            if (start < 0) {
                return words;
            }
            int end = fragment.indexOf(END_MARK, start);
            if (end < 0) {
                return words;
            }
            words.add(unescape(fragment.substring(start + MARK.length(), end)));
            from = end + END_MARK.length();
        }
    }
}
