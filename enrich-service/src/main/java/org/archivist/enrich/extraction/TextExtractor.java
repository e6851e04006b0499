package org.archivist.enrich.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns the bytes of any supported file (plain text in any common encoding, HTML, PDF, Word, ODT, EPUB)
 * into text with Apache Tika, and finds a first title: the file's own title, else its first line.
 */
public final class TextExtractor {

    private static final int MAX_TITLE_LENGTH = 300;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final EncodingDetector encodingDetector = new TranscriptionEncodingDetector();
    private final int maxChars;

    public TextExtractor(int maxChars) {
        this.maxChars = maxChars;
    }

    public ExtractedText extract(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        boolean truncated = false;
        try {
            ParseContext context = new ParseContext();
            context.set(EncodingDetector.class, encodingDetector);
            parser.parse(new ByteArrayInputStream(bytes), handler, metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocument("cannot read '" + fileName + "': " + e.getMessage(), e);
            }
            truncated = true;
        } catch (TikaException | IOException | RuntimeException e) {
            throw new UnreadableDocument("cannot read '" + fileName + "': " + e.getMessage(), e);
        }
        String text = normalizeNewlines(handler.toString());
        return new ExtractedText(title(metadata.get(TikaCoreProperties.TITLE), text), text, truncated);
    }

    static String title(String declared, String text) {
        if (declared != null && !declared.isBlank()) {
            return shorten(declared.strip());
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(TextExtractor::shorten)
                .orElse("");
    }

    private static String shorten(String s) {
        return s.length() <= MAX_TITLE_LENGTH ? s : s.substring(0, MAX_TITLE_LENGTH - 1) + "…";
    }

    private static String normalizeNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
