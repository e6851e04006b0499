package org.archivist.enrich.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Real footnotes and endnotes of word-processor files, as Apache Tika exposes them, written back the way
 * transcriptions write notes: a bracketed marker where the note is anchored ("Russia[1]") and a "Notes" list
 * at the end ("[1] Despite …"), so that one linker reads every format.
 *
 * <p>Tika gives an ODT note inline, as a nested {@code <p class="note">} that starts with its citation
 * ("1 Despite …"); this handler takes it out of the running text. Tika gives a DOCX note as a reference
 * "[footnoteRef:2]" or "[endnoteRef:2]" (2 being Word's internal id) and the note's body "[2: Despite …]"
 * at the end of the paragraph; {@link #rewriteWordNotes} numbers them as Word shows them, footnotes 1, 2, 3
 * and endnotes i, ii, iii, in the order they are referred to.
 */
final class DocumentNotes extends ContentHandlerDecorator {

    private static final Pattern WORD_REFERENCE = Pattern.compile("\\[(footnote|endnote)Ref:\\d+\\]");
    private static final Pattern WORD_NOTE_START = Pattern.compile("\\[\\d+: ?\\t?");

    private final List<String> notes = new ArrayList<>();
    private StringBuilder note;
    private int depth;

    DocumentNotes(ContentHandler body) {
        super(body);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if (note != null) {
            depth++;
        } else if ("p".equals(localName) && "note".equals(atts.getValue("class"))) {
            note = new StringBuilder();
            depth = 0;
        } else {
            super.startElement(uri, localName, name, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (note == null) {
            super.endElement(uri, localName, name);
        } else if (depth > 0) {
            depth--;
        } else {
            String[] citationAndText = note.toString().strip().split("\\s+", 2);
            note = null;
            if (citationAndText[0].isEmpty()) {
                return;
            }
            String marker = "[" + citationAndText[0] + "]";
            notes.add(marker + " " + (citationAndText.length > 1 ? citationAndText[1].strip() : ""));
            super.characters(marker.toCharArray(), 0, marker.length());
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (note != null) {
            note.append(ch, start, length);
        } else {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (note != null) {
            note.append(' ');
        } else {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** The text with the notes taken out of it listed at its end. */
    String withNotes(String text) {
        String rewritten = rewriteWordNotes(text);
        return notes.isEmpty() ? rewritten : rewritten + "\n\nNotes\n\n" + String.join("\n", notes);
    }

    private String rewriteWordNotes(String text) {
        if (!WORD_REFERENCE.matcher(text).find()) {
            return text;
        }
        List<String> footnotes = new ArrayList<>();
        List<String> endnotes = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            Matcher reference = WORD_REFERENCE.matcher(line);
            List<String> markers = new ArrayList<>();
            StringBuilder rewritten = new StringBuilder();
            int lastReference = 0;
            while (reference.find()) {
                int footnotesSoFar = footnotes.size() + (int) markers.stream().filter(DocumentNotes::numbered).count();
                int endnotesSoFar = endnotes.size() + markers.size() - (footnotesSoFar - footnotes.size());
                String marker = reference.group(1).equals("footnote") ? Integer.toString(footnotesSoFar + 1)
                        : roman(endnotesSoFar + 1);
                markers.add(marker);
                reference.appendReplacement(rewritten, Matcher.quoteReplacement("[" + marker + "]"));
                lastReference = rewritten.length();
            }
            reference.appendTail(rewritten);
            List<String> bodies = bodies(rewritten, lastReference);
            for (int k = 0; k < markers.size(); k++) {
                String marker = markers.get(k);
                String body = k < bodies.size() ? bodies.get(k) : "";
                (numbered(marker) ? footnotes : endnotes).add("[" + marker + "] " + body);
            }
            out.append(rewritten.toString().stripTrailing()).append('\n');
        }
        out.setLength(out.length() - 1);
        notes.addAll(footnotes);
        notes.addAll(endnotes);
        return out.toString();
    }

    /** Takes the "[2: text]" note bodies off the end of a paragraph and returns their texts in order. */
    private static List<String> bodies(StringBuilder paragraph, int from) {
        Matcher start = WORD_NOTE_START.matcher(paragraph);
        List<int[]> starts = new ArrayList<>();
        int searchFrom = from;
        while (start.find(searchFrom)) {
            starts.add(new int[] {start.start(), start.end()});
            searchFrom = start.end();
        }
        List<String> bodies = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : paragraph.length();
            String body = paragraph.substring(starts.get(k)[1], end).strip();
            bodies.add(body.endsWith("]") ? body.substring(0, body.length() - 1).strip() : body);
        }
        if (!starts.isEmpty()) {
            paragraph.setLength(starts.get(0)[0]);
        }
        return bodies;
    }

    private static boolean numbered(String marker) {
        return Character.isDigit(marker.charAt(0));
    }

    private static String roman(int n) {
        String[] numerals = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
        return n <= numerals.length ? numerals[n - 1] : "x" + roman(n - 10);
    }
}
