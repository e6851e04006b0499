package org.archivist.enrich.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.events.EditorialMark;
import org.archivist.events.Paragraph;

/**
 * What the editor, not the author, put into a transcription: bracketed insertions ("[KPD]", "[i.e. the
 * social democrats]", "[and]"), "[sic]", omissions (". . .", "…", "[…]") and editor's notes ("Note:
 * spelling and punctuation have been slightly modified.", "[Editor's note: …]"). Plain Java.
 */
public final class EditorialMarks {

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]\\n]{1,200})\\](?!\\()");
    private static final Pattern OMISSION = Pattern.compile("(?<![.\\w])\\.(?: \\.){2,3}(?!\\s?\\.)|(?<!\\.)\\.\\.\\.(?!\\.)|…");
    private static final Pattern EDITOR_NOTE = Pattern.compile("(?im)(?:^|(?<=[.!?]\\s))((?:editor'?s note|editorial note"
            + "|ed\\. note|note by the editor|transcriber'?s note|translator'?s note|note|anmerkung der redaktion"
            + "|anm\\. d\\. red\\.|note de la rédaction|n\\.d\\.l\\.r\\.)\\s*:\\s*[^\\n]*?(?:[.!?](?=\\s|$)|$))");

    private static final java.util.Set<String> APPARATUS = java.util.Set.of(Paragraph.HEADER, Paragraph.HEADNOTE,
            Paragraph.CITATION, Paragraph.EDITORIAL);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");
    private static final Pattern TRANSCRIPTION_WORDS = Pattern.compile("(?iu)\\b(?:spelling|punctuation|orthograph\\w*|"
            + "OCR|misprints?|silently|transcri\\w*|translator|line breaks|page breaks|rechtschreibung|zeichensetzung|"
            + "modernis\\w*|moderniz\\w*|acentuación|ortografía|orthographe|footnotes are)\\b");

    private EditorialMarks() {
    }

    /**
     * Editor's notes without a "Note:" cue, in the editor's paragraphs (header, headnote, citation): the
     * sentence that speaks of the transcription ("OCR text, uncorrected.", "The translator has kept …",
     * "Se ha modernizado la acentuación."), to the end of its paragraph.
     */
    public static List<EditorialMark> apparatusNotes(String text, List<Paragraph> paragraphs, List<EditorialMark> known) {
        List<EditorialMark> notes = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (!APPARATUS.contains(paragraph.kind()) || known.stream().anyMatch(m -> m.kind().equals(EditorialMark.EDITOR_NOTE)
                    && m.start() >= paragraph.start() && m.start() < paragraph.end())) {
                continue;
            }
            String body = text.substring(paragraph.start(), paragraph.end());
            Matcher sentence = SENTENCE.matcher(body);
            while (sentence.find()) {
                if (TRANSCRIPTION_WORDS.matcher(sentence.group()).find()) {
                    notes.add(new EditorialMark(EditorialMark.EDITOR_NOTE, body.substring(sentence.start()).strip(),
                            paragraph.start() + sentence.start()));
                    break;
                }
            }
        }
        return notes;
    }

    /** The marks in {@code text}, in order, leaving out those inside the {@code skipped} spans (note lists). */
    public static List<EditorialMark> find(String text, List<Span> skipped) {
        List<EditorialMark> marks = new ArrayList<>();
        List<Span> notes = new ArrayList<>();
        Matcher note = EDITOR_NOTE.matcher(text);
        while (note.find()) {
            if (!inside(note.start(1), skipped)) {
                marks.add(new EditorialMark(EditorialMark.EDITOR_NOTE, note.group(1).strip(), note.start(1)));
                notes.add(new Span(note.start(1), note.end(1)));
            }
        }
        Matcher bracket = BRACKETS.matcher(text);
        while (bracket.find()) {
            if (inside(bracket.start(), skipped)) {
                continue;
            }
            String inner = bracket.group(1).strip();
            String kind = inner.matches("(?i)sic!?") ? EditorialMark.SIC
                    : inner.matches("(?:\\. ?){3,4}|…") ? EditorialMark.OMISSION
                    : inner.matches("(?i)(editor'?s|ed\\.|transcriber'?s|translator'?s) note\\s*:.*") ? EditorialMark.EDITOR_NOTE
                    : EditorialMark.INSERTION;
            if (!kind.equals(EditorialMark.EDITOR_NOTE) || !inside(bracket.start(), notes)) {
                marks.add(new EditorialMark(kind, bracket.group(), bracket.start()));
            }
        }
        Matcher omission = OMISSION.matcher(text);
        while (omission.find()) {
            if (!inside(omission.start(), skipped) && !insideBrackets(text, omission.start())) {
                marks.add(new EditorialMark(EditorialMark.OMISSION, omission.group(), omission.start()));
            }
        }
        marks.sort(Comparator.comparingInt(EditorialMark::start));
        return marks;
    }

    private static boolean inside(int offset, List<Span> spans) {
        return spans.stream().anyMatch(s -> s.start() <= offset && offset < s.end());
    }

    private static boolean insideBrackets(String text, int at) {
        int open = text.lastIndexOf('[', at);
        return open >= 0 && text.lastIndexOf(']', at) < open && at - open <= 2;
    }
}
