package org.archivist.enrich.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.events.Footnote;

/**
 * Finds the note lists of a transcription and links each note to its marker in the text. Plain Java.
 *
 * <p>Note lists are runs of lines labelled in sequence: 1, 2, 3 ("1. …", "1) …", "[1] …", "(1) …",
 * "• 1Despite …", "¹ …"), i, ii, iii ("[i] …", "ii. …"), symbols ("* …", "† …", "‡ …") or Markdown
 * ("[^1]: …"); blank lines may stand between the notes, a note may wrap over several lines, and a note
 * signed "…—adri" or "… – Ed." keeps its author. A document may have several lists (per page, footnotes
 * and endnotes).
 *
 * <p>Markers are the label glued to a word or to punctuation ("Russia1", "International)2", ". . . .3",
 * "Congress*"), in brackets ("[1]", "[i]", "[^1]", "(1)") or superscript ("¹"). They are sought in note
 * order, in the text before the list (the last list first), and never followed by a letter or a digit, so
 * that years, counts,
 * "Vol. 11 No. 11", ordinals and the author's own numbered lists are not taken for markers. A list that
 * nothing refers to is text, not notes. A note without a marker is kept and reported unanchored; a marker
 * without a note is taken out of the text too, and kept as a footnote without text.
 */
public final class FootnoteLinker {

    /**
     * The text with the markers of the linked notes removed, the notes, what could not be linked, and where
     * the note lists stand in the returned text.
     */
    public record Result(String text, List<Footnote> footnotes, List<String> markersWithoutNote,
            List<Span> noteLists) {

        public List<Footnote> notesWithoutMarker() {
            return footnotes.stream().filter(f -> !f.anchored()).toList();
        }
    }

    private enum Style { NUMBER, ROMAN, SYMBOL, MARKDOWN }

    private record Label(Style style, String marker) {
    }

    private record Note(Label label, String text, String author) {
    }

    private record Block(List<Note> notes, int start, int end) {
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SYMBOLS = "*†‡§";
    private static final String GLUE = "[\\p{L}.,;:!?)\\]\"”’'»]";

    private static final Pattern NOTE_LINE = Pattern.compile("^[ \\t]*(?:[•·▪◦][ \\t]*|[–-][ \\t]+)?(?:"
            + "\\[\\^(?<md>[^\\]\\s]{1,12})\\]:[ \\t]*"
            + "|\\[(?<br>\\d{1,3}|[ivxlc]{1,7}|[*†‡§]{1,3})\\][ \\t]*"
            + "|\\((?<pa>\\d{1,3})\\)[ \\t]*"
            + "|(?<num>\\d{1,3})(?:[.)][ \\t]*|[ \\t]+|(?=\\p{L}))"
            + "|(?<sup>[" + SUPERSCRIPTS + "]{1,3})[ \\t]*"
            + "|(?<sym>\\*{1,4}|[†‡§]{1,2})[ \\t]*"
            + "|(?<rom>[ivxlc]{1,7})[.)][ \\t]+"
            + ")(?<body>(?=[^\\n]*\\p{L})\\S.*)$");
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:(?<=[.!?)\"”’'])[ \\t]?[—–][ \\t]*([\\p{L}][\\p{L}\\d_.'-]*(?:[ \\t][\\p{L}][\\p{L}.'-]*){0,2})"
                    + "|[ \\t][—–][ \\t]*((?:Ed|Eds|Trans|Tr|Editor|Translator|Transcriber)\\.?))[ \\t]*$");
    private static final Pattern BACK_LINK = Pattern.compile("(?:\\s*(?:↩\\uFE0E?|↩︎|↑|\\^|\\[back\\]|Back))+\\s*$");
    private static final Pattern FIELD = Pattern.compile("\\p{L}[\\p{L} ]{1,29}:\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*\\s+|\\n\\s*\\n");

    private FootnoteLinker() {
    }

    public static Result link(String text) {
        String[] lines = text.split("\n", -1);
        int[] lineStarts = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            lineStarts[i + 1] = lineStarts[i] + lines[i].length() + 1;
        }
        // Notes close a text: later lists choose their markers first, so that an author's own numbered list
        // above the notes does not take them.
        List<Block> blocks = blocks(lines, lineStarts);
        List<Span> accepted = new ArrayList<>();
        List<Span> consumed = new ArrayList<>();
        List<List<Span>> anchorsByBlock = new ArrayList<>(java.util.Collections.nCopies(blocks.size(), null));
        List<List<Span>> strayByBlock = new ArrayList<>(java.util.Collections.nCopies(blocks.size(), null));
        for (int b = blocks.size() - 1; b >= 0; b--) {
            Block block = blocks.get(b);
            int previousEnd = b > 0 ? blocks.get(b - 1).end : 0;
            List<Span> found = markers(text, block, previousEnd, accepted, consumed);
            if (found.stream().allMatch(java.util.Objects::isNull) && previousEnd > 0) {
                found = markers(text, block, 0, accepted, consumed);
            }
            if (found.stream().allMatch(java.util.Objects::isNull)) {
                continue; // a list that nothing refers to is part of the text
            }
            accepted.add(new Span(block.start, block.end));
            anchorsByBlock.set(b, found);
            found.stream().filter(java.util.Objects::nonNull).forEach(consumed::add);
            List<Span> strays = stray(text, block, found, accepted, consumed);
            consumed.addAll(strays);
            strayByBlock.set(b, strays);
        }
        List<Note> notes = new ArrayList<>();
        List<Span> anchors = new ArrayList<>();
        List<String> withoutNote = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (anchorsByBlock.get(b) != null) {
                Block block = blocks.get(b);
                notes.addAll(block.notes);
                anchors.addAll(anchorsByBlock.get(b));
                int last = Integer.parseInt(block.notes.get(block.notes.size() - 1).label.marker().replaceAll("\\D", "0"));
                for (Span stray : strayByBlock.get(b)) {
                    String marker = Integer.toString(++last);
                    notes.add(new Note(new Label(Style.NUMBER, marker), null, null));
                    anchors.add(stray);
                    withoutNote.add(marker);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(Span::start));
        if (notes.isEmpty()) {
            return new Result(text, List.of(), List.of(), List.of());
        }
        return clean(text, notes, anchors, withoutNote, accepted);
    }

    private static Result clean(String text, List<Note> notes, List<Span> anchors, List<String> withoutNote,
            List<Span> lists) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            if (anchors.get(i) != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt(i -> anchors.get(i).start()));
        StringBuilder cleaned = new StringBuilder(text.length());
        int[] anchorOffsets = new int[notes.size()];
        java.util.Arrays.fill(anchorOffsets, -1);
        int copied = 0;
        List<Span> removed = new ArrayList<>();
        for (int i : order) {
            Span marker = anchors.get(i);
            cleaned.append(text, copied, marker.start());
            anchorOffsets[i] = cleaned.length();
            copied = marker.end();
            removed.add(marker);
        }
        cleaned.append(text, copied, text.length());
        String result = cleaned.toString();
        List<Footnote> footnotes = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            int anchor = anchorOffsets[i];
            footnotes.add(new Footnote(note.label.marker, note.text, note.author, anchor,
                    anchor < 0 ? null : sentence(result, anchor)));
        }
        List<Span> shiftedLists = lists.stream()
                .map(l -> new Span(shift(l.start(), removed), shift(l.end(), removed))).toList();
        return new Result(result, footnotes, withoutNote, shiftedLists);
    }

    /** Where {@code offset} of the original text lands once the {@code removed} spans are taken out. */
    private static int shift(int offset, List<Span> removed) {
        int shifted = offset;
        for (Span span : removed) {
            if (span.end() <= offset) {
                shifted -= span.length();
            }
        }
        return shifted;
    }

    /** Candidate note lists, in document order, each a run of lines labelled in sequence. */
    private static List<Block> blocks(String[] lines, int[] lineStarts) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            Matcher first = NOTE_LINE.matcher(lines[i]);
            Label start = first.matches() ? label(first) : null;
            if (start == null || !opens(start)) {
                i++;
                continue;
            }
            List<Note> run = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Label current = null;
            StringBuilder body = null;
            int end = lineStarts[i];
            boolean afterBlank = false;
            int j = i;
            for (; j < lines.length; j++) {
                String line = lines[j];
                if (line.isBlank()) {
                    afterBlank = true;
                    continue;
                }
                Matcher m = NOTE_LINE.matcher(line);
                Label next = m.matches() ? label(m) : null;
                if (next != null && (current == null ? next.equals(start) : follows(current, next, seen))) {
                    if (body != null) {
                        run.add(note(current, body));
                    }
                    current = next;
                    seen.add(next.marker());
                    body = new StringBuilder(m.group("body"));
                } else if (body != null && !afterBlank && !complete(body)) {
                    // A note wrapped over several lines (PDF, fixed-width text) ends mid-sentence.
                    body.append(' ').append(line.strip());
                } else {
                    break;
                }
                end = lineStarts[j] + line.length();
                afterBlank = false;
            }
            if (body != null) {
                run.add(note(current, body));
            }
            blocks.add(new Block(run, lineStarts[i], end));
            i = Math.max(j, i + 1);
        }
        return blocks;
    }

    private static Label label(Matcher m) {
        if (m.group("md") != null) {
            return new Label(Style.MARKDOWN, m.group("md"));
        }
        String number = m.group("br") != null ? m.group("br") : m.group("pa") != null ? m.group("pa") : m.group("num");
        if (m.group("sup") != null) {
            number = fromSuperscript(m.group("sup"));
        }
        if (number != null) {
            if (Character.isDigit(number.charAt(0))) {
                return number.startsWith("0") ? null : new Label(Style.NUMBER, number);
            }
            if (SYMBOLS.indexOf(number.charAt(0)) >= 0) {
                return new Label(Style.SYMBOL, number);
            }
            return Roman.value(number) > 0 ? new Label(Style.ROMAN, number) : null;
        }
        if (m.group("sym") != null) {
            return new Label(Style.SYMBOL, m.group("sym"));
        }
        String roman = m.group("rom");
        return Roman.value(roman) > 0 ? new Label(Style.ROMAN, roman) : null;
    }

    private static boolean opens(Label label) {
        return switch (label.style()) {
            case NUMBER -> label.marker().equals("1");
            case ROMAN -> label.marker().equals("i");
            case SYMBOL, MARKDOWN -> true;
        };
    }

    private static boolean follows(Label previous, Label next, Set<String> seen) {
        if (previous.style() != next.style()) {
            return false;
        }
        return switch (next.style()) {
            case NUMBER -> Integer.parseInt(next.marker()) == Integer.parseInt(previous.marker()) + 1;
            case ROMAN -> Roman.value(next.marker()) == Roman.value(previous.marker()) + 1;
            case SYMBOL, MARKDOWN -> !seen.contains(next.marker());
        };
    }

    /** A note that ends a sentence or is signed is whole; what follows it is not part of it. */
    private static boolean complete(CharSequence note) {
        String text = note.toString().strip();
        return text.isEmpty() || AUTHOR.matcher(text).find() || text.matches("(?s).*[.!?][\"”’')\\]]*$");
    }

    private static Note note(Label label, CharSequence body) {
        String text = BACK_LINK.matcher(body.toString().strip()).replaceFirst("").strip();
        String author = null;
        Matcher a = AUTHOR.matcher(text);
        if (a.find()) {
            author = (a.group(1) != null ? a.group(1) : a.group(2)).strip();
            text = text.substring(0, a.start()).strip();
        }
        return new Note(label, text, author);
    }

    /** The markers of the block's notes, in order, in the text before it; null for a note with none. */
    private static List<Span> markers(String text, Block block, int from, List<Span> lists, List<Span> consumed) {
        List<Span> found = new ArrayList<>();
        int searchFrom = from;
        for (Note note : block.notes) {
            Span marker = marker(text, note.label, searchFrom, block.start, lists, consumed);
            found.add(marker);
            if (marker != null) {
                searchFrom = marker.end();
            }
        }
        return found;
    }

    /** Numbered markers after the last note's, for which the list has no note. */
    private static List<Span> stray(String text, Block block, List<Span> found, List<Span> lists,
            List<Span> consumed) {
        Label last = block.notes.get(block.notes.size() - 1).label;
        if (last.style() != Style.NUMBER) {
            return List.of();
        }
        int from = found.stream().filter(java.util.Objects::nonNull).mapToInt(Span::end).max().orElse(0);
        List<Span> stray = new ArrayList<>();
        Span marker;
        for (int next = Integer.parseInt(last.marker()) + 1; (marker = marker(text,
                new Label(Style.NUMBER, Integer.toString(next)), from, block.start, lists, consumed)) != null; next++) {
            stray.add(marker);
            from = marker.end();
        }
        return stray;
    }

    private static Span marker(String text, Label label, int from, int to, List<Span> lists, List<Span> consumed) {
        if (from >= to) {
            return null;
        }
        Matcher m = markerPattern(label).matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (!overlaps(span, lists) && !overlaps(span, consumed) && !looksLikeCount(text, m.start())
                    && !closesEmphasis(text, m.start(), label) && !inCatalogueField(text, m.start())) {
                return withLeadingSpace(text, span);
            }
        }
        return null;
    }

    private static Pattern markerPattern(Label label) {
        String n = Pattern.quote(label.marker());
        return switch (label.style()) {
            case NUMBER -> Pattern.compile("\\[\\^?" + n + "\\]|(?<=[^\\s(\\[] ?)\\(" + n + "\\)(?![\\p{L}\\d])"
                    + "|(?<=" + GLUE + ")" + n + "(?![\\p{L}\\d])"
                    + "|(?<=\\S)" + Pattern.quote(toSuperscript(label.marker())) + "(?![" + SUPERSCRIPTS + "])");
            case ROMAN -> Pattern.compile("\\[\\^?" + n + "\\]");
            case SYMBOL -> Pattern.compile("\\[" + n + "\\]|(?<=[\\p{L}\\d.,;:!?)\\]\"”’'])(?<![*†‡§])" + n
                    + "(?![*†‡§\\p{L}\\d])");
            case MARKDOWN -> Pattern.compile("\\[\\^" + n + "\\]");
        };
    }

    /** " [1] " and " (1) " stand apart from the word: the space before them goes with them. */
    private static Span withLeadingSpace(String text, Span span) {
        char first = text.charAt(span.start());
        boolean bracketed = first == '[' || first == '(';
        if (bracketed && span.start() > 0 && text.charAt(span.start() - 1) == ' '
                && (span.end() == text.length() || Character.isWhitespace(text.charAt(span.end()))
                        || ".,;:!?".indexOf(text.charAt(span.end())) >= 0)) {
            return new Span(span.start() - 1, span.end());
        }
        return span;
    }

    private static boolean overlaps(Span span, List<Span> spans) {
        for (Span other : spans) {
            if (span.start() < other.end() && other.start() < span.end()) {
                return true;
            }
        }
        return false;
    }

    /** "Editorial note: annotations are marked [i], [ii]": a catalogue field describes the markers, it has none. */
    private static boolean inCatalogueField(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return FIELD.matcher(text).region(lineStart, at).lookingAt();
    }

    /** "No.11", "Vol.11", "p.16" glue a number to a dot without being a marker. */
    private static boolean looksLikeCount(String text, int start) {
        String before = text.substring(Math.max(0, start - 4), start).toLowerCase();
        return before.endsWith("no.") || before.endsWith("vol.") || before.endsWith("p.") || before.endsWith("pp.")
                || before.endsWith("nr.") || before.endsWith("art.") || before.endsWith("§");
    }

    /** The closing asterisk of Markdown emphasis ("*The Liberator*") is not a marker. */
    private static boolean closesEmphasis(String text, int at, Label label) {
        if (label.style() != Style.SYMBOL || text.charAt(at) != '*') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int opener = text.lastIndexOf('*', at - 1);
        return opener >= lineStart && opener + 1 < at && !Character.isWhitespace(text.charAt(opener + 1))
                && (opener == lineStart || !Character.isLetterOrDigit(text.charAt(opener - 1)));
    }

    private static String fromSuperscript(String digits) {
        StringBuilder plain = new StringBuilder();
        digits.chars().forEach(c -> plain.append((char) ('0' + SUPERSCRIPTS.indexOf(c))));
        return plain.toString();
    }

    private static String toSuperscript(String digits) {
        StringBuilder sup = new StringBuilder();
        digits.chars().forEach(c -> sup.append(Character.isDigit(c) ? SUPERSCRIPTS.charAt(c - '0') : (char) c));
        return sup.toString();
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
