package org.archivist.enrich.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor(1_000_000);

    @Test
    void shouldExtractTheSeedTextWithItsFirstLineAsTitle() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            seed = in.readAllBytes();
        }

        ExtractedText extracted = extractor.extract(seed, "appeal.txt");

        assertEquals("An Appeal to the Communist International and Its Sympathising Proletariat"
                + " - The International Group of Communists", extracted.title());
        assertTrue(extracted.text().contains("Comrades Myasnikov, Kusnetzov and Prostatnov"));
        assertTrue(extracted.text().contains("Text taken from the Vol. 11 No. 11 issue of the Workers' Dreadnought"));
        assertFalse(extracted.truncated());
    }

    @Test
    void shouldTakeTheHtmlTitleAndDropTheMarkup() {
        byte[] html = """
                <!DOCTYPE html><html><head><title>Hands off the Workers' Group</title></head>
                <body><h1>An Appeal</h1><p>Comrades <b>Myasnikov</b> and Kuznetzov<sup>1</sup>.</p></body></html>
                """.getBytes(StandardCharsets.UTF_8);

        ExtractedText extracted = extractor.extract(html, "page.html");

        assertEquals("Hands off the Workers' Group", extracted.title());
        assertTrue(extracted.text().contains("Comrades Myasnikov and Kuznetzov"), extracted.text());
        assertFalse(extracted.text().contains("<b>"));
    }

    @Test
    void shouldDecodeALegacyEncodedTranscription() {
        String text = "Pankhurst’s paper printed the appeal – “Hands off” – in 1924. Größe, café, naïve.";
        byte[] windows1252 = text.getBytes(Charset.forName("windows-1252"));

        ExtractedText extracted = extractor.extract(windows1252, "appeal.txt");

        assertTrue(extracted.text().contains("Pankhurst’s paper"), extracted.text());
        assertTrue(extracted.text().contains("café"), extracted.text());
    }

    @Test
    void shouldCutOffTextBeyondTheLimitAndSaySo() {
        byte[] big = "word ".repeat(1000).getBytes(StandardCharsets.US_ASCII);

        ExtractedText extracted = new TextExtractor(100).extract(big, "big.txt");

        assertTrue(extracted.truncated());
        assertTrue(extracted.text().length() <= 100);
    }

    @Test
    void shouldReportACorruptPdfAsUnreadable() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref".getBytes(StandardCharsets.US_ASCII);

        assertThrows(UnreadableDocument.class, () -> extractor.extract(broken, "broken.pdf"));
    }
}
