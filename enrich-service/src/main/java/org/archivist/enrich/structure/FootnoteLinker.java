package org.archivist.enrich.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.events.Footnote;

/**
 * Finds the notes listed at the end of a transcription and links each to its marker in the text, the way
 * web-archive pages write them: numbers glued to a word or to punctuation ("Russia1", "International)2",
 * ". . . .3"), or in brackets ("[1]"), with a note list such as "• 1Despite …—adri" or "1. …" below the
 * text. Plain Java.
 *
 * <p>Markers are sought in order (1, then 2 after it, …), glued to the text before them, and never
 * followed by a letter or digit, so that years, counts, "Vol. 11 No. 11" and ordinals are not taken for
 * markers. A note without a marker is kept and reported unanchored; a marker without a note is left in the
 * text and reported.
 */
public final class FootnoteLinker {

    /** The text with the markers of the linked notes removed, the notes, and what could not be linked. */
    public record Result(String text, List<Footnote> footnotes, List<String> markersWithoutNote) {
    }

    private static final Pattern NOTE_LINE = Pattern.compile(
            "^[ \\t]*(?:[•·▪◦*–-][ \\t]*)?(?:\\[(\\d{1,3})\\]|(\\d{1,3})(?:[.)][ \\t]*|(?=\\p{L})|[ \\t]+))(\\S.*)$");
    private static final Pattern AUTHOR = Pattern.compile("[—–][ \\t]*([\\p{L}][\\p{L} .'-]{0,40}?)[ \\t]*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*\\s+|\\n\\s*\\n");

    private FootnoteLinker() {
    }

    public static Result link(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        int[] lineStarts = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i + 1] = lineStarts[i] + lines.get(i).length() + 1;
        }
        List<Note> notes = notes(lines, lineStarts);
        if (notes.isEmpty()) {
            return new Result(text, List.of(), List.of());
        }
        int bodyEnd = notes.get(0).lineStart;
        List<int[]> markers = new ArrayList<>(); // {start, end} in the original text, per note; null if none
        int searchFrom = 0;
        for (Note note : notes) {
            int[] found = marker(text, note.marker, searchFrom, bodyEnd);
            markers.add(found);
            if (found != null) {
                searchFrom = found[1];
            }
        }
        if (markers.stream().allMatch(java.util.Objects::isNull)) {
            // A numbered list that nothing in the text refers to is part of the text, not notes.
            return new Result(text, List.of(), List.of());
        }
        List<String> withoutNote = new ArrayList<>();
        int[] stray;
        for (int next = notes.size() + 1;
                (stray = marker(text, Integer.toString(next), searchFrom, bodyEnd)) != null; next++) {
            withoutNote.add(Integer.toString(next));
            searchFrom = stray[1];
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        int copied = 0;
        int[] anchorOffsets = new int[notes.size()];
        for (int i = 0; i < notes.size(); i++) {
            int[] found = markers.get(i);
            if (found == null) {
                anchorOffsets[i] = -1;
                continue;
            }
            cleaned.append(text, copied, found[0]);
            anchorOffsets[i] = cleaned.length();
            copied = found[1];
        }
        cleaned.append(text, copied, text.length());
        String result = cleaned.toString();
        List<Footnote> footnotes = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            int anchor = anchorOffsets[i];
            footnotes.add(new Footnote(note.marker, note.text, note.author, anchor,
                    anchor < 0 ? null : sentence(result, anchor)));
        }
        return new Result(result, footnotes, withoutNote);
    }

    private record Note(String marker, String text, String author, int lineStart) {
    }

    /**
     * The note list: the last run of lines numbered 1, 2, 3 … (blank lines between them allowed), after
     * the text. Lines that follow it (page chrome such as "Comments") do not belong to it.
     */
    private static List<Note> notes(List<String> lines, int[] lineStarts) {
        List<Note> best = List.of();
        for (int i = 0; i < lines.size(); i++) {
            Matcher first = NOTE_LINE.matcher(lines.get(i));
            if (!first.matches() || !"1".equals(number(first))) {
                continue;
            }
            List<Note> run = new ArrayList<>();
            int expected = 1;
            StringBuilder body = null;
            int noteStart = 0;
            boolean afterBlank = false;
            for (int j = i; j < lines.size(); j++) {
                String line = lines.get(j);
                if (line.isBlank()) {
                    afterBlank = true;
                    continue;
                }
                Matcher m = NOTE_LINE.matcher(line);
                if (m.matches() && Integer.toString(expected).equals(number(m))) {
                    if (body != null) {
                        run.add(note(Integer.toString(expected - 1), body.toString(), noteStart));
                    }
                    body = new StringBuilder(m.group(3));
                    noteStart = lineStarts[j];
                    expected++;
                } else if (body != null && !afterBlank && !complete(body)) {
                    // A note wrapped over several lines (PDF, fixed-width text) ends mid-sentence.
                    body.append(' ').append(line.strip());
                } else {
                    break;
                }
                afterBlank = false;
            }
            if (body != null) {
                run.add(note(Integer.toString(expected - 1), body.toString(), noteStart));
            }
            // A note list closes the text: a later run wins.
            if (!run.isEmpty()) {
                best = run;
            }
        }
        return best;
    }

    /** A note that ends a sentence or is signed is whole; what follows it is not part of it. */
    private static boolean complete(CharSequence note) {
        String text = note.toString().strip();
        return text.isEmpty() || AUTHOR.matcher(text).find() || text.matches("(?s).*[.!?][\"”’')\\]]*$");
    }

    private static String number(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static Note note(String marker, String body, int lineStart) {
        String text = body.strip();
        String author = null;
        Matcher a = AUTHOR.matcher(text);
        if (a.find()) {
            author = a.group(1).strip();
            text = text.substring(0, a.start()).strip();
        }
        return new Note(marker, text, author, lineStart);
    }

    /**
     * The marker for note {@code n}: "[n]", or n glued to a letter or to closing punctuation, not followed
     * by a letter or a digit, between {@code from} and {@code to}.
     */
    private static int[] marker(String text, String n, int from, int to) {
        Pattern pattern = Pattern.compile("\\[" + n + "\\]|(?<=[\\p{L}.,;:!?)\\]\"”’'])" + n + "(?![\\p{L}\\d])");
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            if (!looksLikeCount(text, m.start())) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /** "No.11", "Vol.11", "p.16" glue a number to a dot without being a marker. */
    private static boolean looksLikeCount(String text, int start) {
        String before = text.substring(Math.max(0, start - 4), start).toLowerCase();
        return before.endsWith("no.") || before.endsWith("vol.") || before.endsWith("p.") || before.endsWith("pp.")
                || before.endsWith("nr.");
    }

    private static String sentence(String text, int at) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.end() <= at) {
            start = end.end();
        }
        int stop = text.length();
        if (end.find(at)) {
            stop = end.start() + 1;
        }
        return text.substring(start, Math.min(stop, text.length())).strip();
    }
}
