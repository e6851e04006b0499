package org.archivist.search.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.archivist.events.EntityMention;
import org.archivist.events.Footnote;
import org.archivist.events.Paragraph;
import org.junit.jupiter.api.Test;

class DocumentLayoutTest {

    private static final String TEXT = "A Title\n\nThe Workers' Group of Russia consists of workers.\n\n1. A note.";

    private static EntityMention mention(String surface, String type, String id) {
        int start = TEXT.indexOf(surface);
        return new EntityMention(type, surface, start, start + surface.length(), id, "exact", "rule", 1.0, surface);
    }

    @Test
    void shouldCutEachParagraphIntoTextMentionsAndFootnoteMarkers() {
        int body = TEXT.indexOf("The Workers'");
        int anchor = TEXT.indexOf(" consists");
        List<DocumentLayout.Block> blocks = DocumentLayout.of(TEXT,
                List.of(new Paragraph(0, 7, Paragraph.TITLE), new Paragraph(body, TEXT.indexOf("\n\n1."), Paragraph.BODY),
                        new Paragraph(TEXT.indexOf("1. A"), TEXT.length(), Paragraph.NOTES)),
                List.of(mention("Workers' Group", "organisation", "O3"), mention("Russia", "place", null)),
                List.of(new Footnote("1", "A note.", "adri", anchor, "The Workers' Group of Russia")));

        assertEquals(1, blocks.size(), "the title is the page's heading; the linked note is listed after the text");
        List<DocumentLayout.Piece> pieces = blocks.get(0).pieces();
        assertEquals("The ", pieces.get(0).text());
        assertEquals(new DocumentLayout.Piece("Workers' Group", "organisation", "O3", -1), pieces.get(1));
        assertEquals(" of ", pieces.get(2).text());
        assertEquals(new DocumentLayout.Piece("Russia", "place", null, -1), pieces.get(3));
        assertTrue(pieces.get(4).isNote());
        assertEquals(1, pieces.get(4).number());
        assertEquals(" consists of workers.", pieces.get(5).text());
        assertEquals(6, pieces.size());
        assertEquals("p", blocks.get(0).element());
    }

    @Test
    void shouldKeepTheNotesInTheTextWhenNoneIsLinked() {
        List<DocumentLayout.Block> blocks = DocumentLayout.of(TEXT,
                List.of(new Paragraph(TEXT.indexOf("1. A"), TEXT.length(), Paragraph.NOTES)), List.of(),
                List.of(new Footnote("1", "A note.", null, -1, null)));
        assertEquals(1, blocks.size());
        assertEquals("1. A note.", blocks.get(0).pieces().get(0).text());
    }

    @Test
    void shouldFallBackToBlankLineParagraphsAndSkipMentionsThatOverlapOrLeaveTheText() {
        String text = "One two.\n\nThree four.";
        List<DocumentLayout.Block> blocks = DocumentLayout.of(text, List.of(),
                List.of(new EntityMention("person", "two", 4, 7, "P1", null, null, 1, null),
                        new EntityMention("person", "wo", 5, 7, "P2", null, null, 1, null),
                        new EntityMention("person", "x", 40, 41, "P3", null, null, 1, null)),
                List.of());
        assertEquals(2, blocks.size());
        assertEquals(List.of("One ", "two", "."), blocks.get(0).pieces().stream().map(DocumentLayout.Piece::text).toList());
        assertEquals("Three four.", blocks.get(1).pieces().get(0).text());
    }

    @Test
    void shouldWriteQuotationsAndHeadingsAsTheirElements() {
        String text = "Heading\n\nQuoted.";
        List<DocumentLayout.Block> blocks = DocumentLayout.of(text,
                List.of(new Paragraph(0, 7, Paragraph.HEADING), new Paragraph(9, 16, Paragraph.QUOTATION)), null, null);
        assertEquals(List.of("h2", "blockquote"), blocks.stream().map(DocumentLayout.Block::element).toList());
    }

    @Test
    void shouldPlaceAMarkerBetweenParagraphsAtTheEndOfTheFirstAndOneInsideAMentionAfterIt() {
        String text = "Freed workers. \n\nThe Workers' Group met.";
        int gap = text.indexOf(" \n");
        int group = text.indexOf("Workers' Group");
        List<DocumentLayout.Block> blocks = DocumentLayout.of(text,
                List.of(new Paragraph(0, gap - 0, Paragraph.BODY), new Paragraph(text.indexOf("The"), text.length(),
                        Paragraph.BODY)),
                List.of(new EntityMention("organisation", "Workers' Group", group, group + 14, "O3", null, null, 1, null)),
                List.of(new Footnote("1", "In the gap.", null, gap + 1, null),
                        new Footnote("2", "Inside the name.", null, group + 3, null)));
        assertEquals(List.of("Freed workers.", "1"), blocks.get(0).pieces().stream().map(DocumentLayout.Piece::text)
                .toList());
        assertEquals(List.of("The ", "Workers' Group", "2", " met."), blocks.get(1).pieces().stream()
                .map(DocumentLayout.Piece::text).toList());
        assertTrue(blocks.get(1).pieces().get(2).isNote());
    }
}
