package org.archivist.enrich.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.archivist.enrich.extraction.TextExtractor;
import org.archivist.events.Footnote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web-archive page's footnote (a sup link and a notes list) after Tika, in each format. */
class FootnotesAcrossFormatsTest {

    private final TextExtractor extractor = new TextExtractor(1_000_000);

    @ParameterizedTest
    @ValueSource(strings = {"appeal.html", "appeal.docx", "appeal.odt", "appeal.pdf", "appeal.rtf", "appeal.epub"})
    void shouldLinkTheFootnoteOfTheSamplePage(String file) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/formats/" + file)) {
            bytes = in.readAllBytes();
        }
        String text = extractor.extract(bytes, file).text();

        FootnoteLinker.Result result = FootnoteLinker.link(text);

        assertEquals(1, result.footnotes().size(), file + ":\n" + text);
        Footnote note = result.footnotes().get(0);
        assertTrue(note.anchored(), file);
        assertEquals("adri", note.author(), file);
        assertTrue(note.text().startsWith("Despite being expelled"), file + ": " + note.text());
        assertFalse(result.text().contains("Russia1"), file);
    }
}
