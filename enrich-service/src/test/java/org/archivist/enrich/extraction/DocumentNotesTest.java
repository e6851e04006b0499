package org.archivist.enrich.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.archivist.enrich.structure.TranscriptionReader;
import org.archivist.events.Footnote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Real word-processor notes and HTML note lists come out linked like typed ones. */
class DocumentNotesTest {

    private final TextExtractor extractor = new TextExtractor(1_000_000);

    @ParameterizedTest
    @ValueSource(strings = {"real-notes.odt", "real-notes.docx"})
    void shouldLinkRealFootnotesAndEndnotes(String file) throws IOException {
        ExtractedText extracted = extractor.extract(bytes("/real-notes/" + file), file);

        TranscriptionReader.Reading reading = TranscriptionReader.read(extracted.text(), extracted.declaredTitle());

        assertEquals(List.of("1", "i"), reading.footnotes().stream().map(Footnote::marker).toList());
        Footnote footnote = reading.footnotes().get(0);
        assertEquals("Despite being expelled in 1922.", footnote.text());
        assertEquals("adri", footnote.author());
        assertEquals("Russia", reading.text().substring(footnote.anchorOffset() - 6, footnote.anchorOffset()));
        assertEquals("Second", reading.text().substring(reading.footnotes().get(1).anchorOffset() - 6,
                reading.footnotes().get(1).anchorOffset()));
        assertTrue(reading.text().contains("The Workers' Group of Russia consists of workers. Second sentence."),
                reading.text());
        assertFalse(reading.text().contains("footnoteRef"));
    }

    @Test
    void shouldNumberAnHtmlNoteListAndItsReferences() {
        String html = """
                <html><head><title>On the Councils</title></head><body>
                <p>The councils<sup><a href="#fn1" id="r1">1</a></sup> spread to Bremen<sup><a href="#fn2">2</a></sup>.</p>
                <div class="footnotes"><ol>
                <li id="fn1">Workers' councils. <a href="#r1">↩</a></li>
                <li id="fn2">In January 1919.</li>
                </ol></div></body></html>
                """;

        ExtractedText extracted = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "councils.html");
        TranscriptionReader.Reading reading = TranscriptionReader.read(extracted.text(), extracted.declaredTitle());

        assertEquals(List.of("Workers' councils.", "In January 1919."),
                reading.footnotes().stream().map(Footnote::text).toList());
        assertTrue(reading.text().contains("The councils spread to Bremen."), reading.text());
        assertFalse(reading.text().contains("↩"));
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = DocumentNotesTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
