package org.archivist.search.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.archivist.search.query.Html;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void shouldCutAPassageIntoPlainPiecesAndMarkedWords() {
        assertEquals(List.of(new Snippet.Piece("Comrades ", false), new Snippet.Piece("Myasnikov", true),
                new Snippet.Piece(", Kusnetzov & ", false), new Snippet.Piece("Prostatnov", true)),
                Snippet.pieces("Comrades <mark>Myasnikov</mark>, Kusnetzov &amp; <mark>Prostatnov</mark>"));
    }

    @Test
    void shouldGiveBackTheDocumentsOwnMarkupAsTextToBeEscaped() {
        String text = "<script>alert('x')</script> & <mark>not a mark</mark>";
        List<Snippet.Piece> pieces = Snippet.pieces(Html.marked(text, 0, 8));
        assertEquals(List.of(new Snippet.Piece("<script>", true), new Snippet.Piece(text.substring(8), false)), pieces,
                "a passage is escaped text: the document's own tags come back as text, never as marks");
    }

    @Test
    void shouldTakeNothingAndAnUnclosedMark() {
        assertEquals(List.of(), Snippet.pieces(null));
        assertEquals(List.of(), Snippet.pieces(""));
        assertEquals(List.of(new Snippet.Piece("a", false), new Snippet.Piece("b", true)), Snippet.pieces("a<mark>b"));
    }
}
