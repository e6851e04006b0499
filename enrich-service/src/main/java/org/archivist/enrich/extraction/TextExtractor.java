package org.archivist.enrich.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns the bytes of any supported file (plain text in any common encoding, HTML, PDF, Word, ODT, EPUB)
 * into text with Apache Tika, with the title the file declares. Footnotes that the file holds as such
 * (Word, ODT, HTML note lists) come out in the plain-text form that {@code FootnoteLinker} reads.
 */
public final class TextExtractor {

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
        DocumentNotes notes = new DocumentNotes(handler);
        boolean truncated = false;
        try {
            ParseContext context = new ParseContext();
            context.set(EncodingDetector.class, encodingDetector);
            byte[] input = isHtml(bytes, metadata) ? HtmlNotes.label(bytes) : bytes;
            parser.parse(new ByteArrayInputStream(input), notes, metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocument("cannot read '" + fileName + "': " + e.getMessage(), e);
            }
            truncated = true;
        } catch (TikaException | IOException | RuntimeException e) {
            throw new UnreadableDocument("cannot read '" + fileName + "': " + e.getMessage(), e);
        }
        String text = normalizeNewlines(notes.withNotes(handler.toString()));
        return new ExtractedText(metadata.get(TikaCoreProperties.TITLE), text, truncated);
    }

    private boolean isHtml(byte[] bytes, Metadata metadata) throws IOException {
        MediaType type = parser.getDetector().detect(new ByteArrayInputStream(bytes), metadata);
        return type.getBaseType().equals(MediaType.TEXT_HTML) || "application/xhtml+xml".equals(type.getBaseType().toString());
    }

    private static String normalizeNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
