package org.archivist.search.page;

import java.util.ArrayList;
import java.util.List;
import org.archivist.search.query.Html;

/**
 * A highlighted passage as the page shows it: the search API's passage (escaped text with the matched words
 * in {@code <mark>}) cut into plain pieces, so that the template escapes every piece itself and writes no
 * markup of the document's, only its own marks.
 */
public final class Snippet {

    /** @param marked whether the piece is a matched word */
    public record Piece(String text, boolean marked) {
    }

    private Snippet() {
    }

    public static List<Piece> pieces(String passage) {
        List<Piece> pieces = new ArrayList<>();
        if (passage == null) {
            return pieces;
        }
        int at = 0;
        boolean marked = false;
        while (at < passage.length()) {
            String tag = marked ? Html.END_MARK : Html.MARK;
            int next = passage.indexOf(tag, at);
            int end = next < 0 ? passage.length() : next;
            if (end > at) {
                pieces.add(new Piece(Html.unescape(passage.substring(at, end)), marked));
            }
            if (next < 0) {
                break;
            }
            at = next + tag.length();
            marked = !marked;
        }
        return pieces;
    }
}
