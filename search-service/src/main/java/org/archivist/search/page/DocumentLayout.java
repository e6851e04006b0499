package org.archivist.search.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.archivist.events.EntityMention;
import org.archivist.events.Footnote;
import org.archivist.events.Paragraph;

/**
 * A document's text as the editor arranged it, for the document page: its paragraphs in order (headnote,
 * body, quotations, signatories...), each cut into pieces of plain text, entity mentions and footnote markers
 * at the offsets enrichment found. The page escapes every piece; nothing of the document is markup.
 */
public final class DocumentLayout {

    /** A paragraph: its kind (see {@link Paragraph}) and its pieces. */
    public record Block(String kind, List<Piece> pieces) {

        /** The HTML element the page writes it as: a heading, a quotation, or a paragraph. */
        public String element() {
            return switch (kind) {
                case Paragraph.TITLE, Paragraph.HEADING -> "h2";
                case Paragraph.QUOTATION -> "blockquote";
                default -> "p";
            };
        }
    }

    /**
     * A piece of a paragraph: plain text; or a mention ({@code type} set, {@code entityId} null for a name not
     * in the authority file); or the marker of footnote {@code note} (its index in the document's footnotes).
     */
    public record Piece(String text, String type, String entityId, int note) {

        static Piece text(String text) {
            return new Piece(text, null, null, -1);
        }

        public boolean isMention() {
            return type != null;
        }

        public boolean isNote() {
            return note >= 0;
        }

        /** The footnote's number as the page counts them, from 1. */
        public int number() {
            return note + 1;
        }
    }

    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n\\s*\\n");

    private DocumentLayout() {
    }

    /** The paragraphs of {@code text}; where enrichment found none, the text's blank-line paragraphs, as body. */
    public static List<Block> of(String text, List<Paragraph> paragraphs, List<EntityMention> mentions,
            List<Footnote> footnotes) {
        String t = text == null ? "" : text;
        List<Paragraph> spans = paragraphs == null || paragraphs.isEmpty() ? blankLineParagraphs(t)
                : paragraphs.stream().sorted(Comparator.comparingInt(Paragraph::start)).toList();
        List<EntityMention> sorted = mentions == null ? List.of()
                : mentions.stream().filter(m -> m.start() >= 0 && m.end() > m.start() && m.end() <= t.length())
                        .sorted(Comparator.comparingInt(EntityMention::start)).toList();
        List<Block> blocks = new ArrayList<>();
        boolean anyAnchored = footnotes != null && footnotes.stream().anyMatch(Footnote::anchored);
        boolean[] placed = new boolean[footnotes == null ? 0 : footnotes.size()];
        for (int i = 0; i < spans.size(); i++) {
            Paragraph p = spans.get(i);
            int start = Math.max(0, Math.min(p.start(), t.length()));
            int end = Math.max(start, Math.min(p.end(), t.length()));
            // A marker right after a paragraph's last character belongs to it, not to the next one.
            int nextStart = i + 1 < spans.size() ? spans.get(i + 1).start() : Integer.MAX_VALUE;
            List<Piece> pieces = pieces(t, start, end, sorted, footnotes, placed, Math.min(nextStart, t.length() + 1));
            // The title is the page's heading already, and linked notes are listed after the text with their authors.
            boolean shownElsewhere = Paragraph.TITLE.equals(p.kind()) || anyAnchored
                    && (Paragraph.NOTES.equals(p.kind()) || Paragraph.SEPARATOR.equals(p.kind()));
            if (!pieces.isEmpty() && !shownElsewhere) {
                blocks.add(new Block(p.kind() == null ? Paragraph.BODY : p.kind(), pieces));
            }
        }
        return blocks;
    }

    private static List<Piece> pieces(String text, int start, int end, List<EntityMention> mentions,
            List<Footnote> footnotes, boolean[] placed, int markerLimit) {
        List<Piece> pieces = new ArrayList<>();
        int at = start;
        int m = 0;
        while (m < mentions.size() && mentions.get(m).start() < start) {
            m++;
        }
        while (true) {
            // A mention that runs past the paragraph's end, or into the last one, is left as text.
            while (m < mentions.size() && mentions.get(m).start() < end
                    && (mentions.get(m).end() > end || mentions.get(m).start() < at)) {
                m++;
            }
            int nextMention = m < mentions.size() && mentions.get(m).start() < end ? mentions.get(m).start()
                    : Integer.MAX_VALUE;
            int note = nextNote(footnotes, placed, start, markerLimit);
            // A marker that fell inside a mention goes right after it.
            int noteAt = note < 0 ? Integer.MAX_VALUE : Math.max(at, footnotes.get(note).anchorOffset());
            int next = Math.min(nextMention, noteAt);
            if (next == Integer.MAX_VALUE) {
                break;
            }
            if (Math.min(next, end) > at) {
                pieces.add(Piece.text(text.substring(at, Math.min(next, end))));
                at = Math.min(next, end);
            }
            if (noteAt <= nextMention) {
                pieces.add(new Piece(footnotes.get(note).marker(), null, null, note));
                placed[note] = true;
            } else {
                EntityMention mention = mentions.get(m++);
                pieces.add(new Piece(text.substring(mention.start(), mention.end()), mention.type(),
                        mention.entityId(), -1));
                at = mention.end();
            }
        }
        if (at < end) {
            pieces.add(Piece.text(text.substring(at, end)));
        }
        if (pieces.stream().allMatch(p -> !p.isMention() && !p.isNote() && p.text().isBlank())) {
            return List.of();
        }
        return pieces;
    }

    /**
     * The first footnote not yet placed whose marker sits in this paragraph, or after it and before the next
     * one (a marker after a paragraph's last character belongs to it).
     */
    private static int nextNote(List<Footnote> footnotes, boolean[] placed, int start, int limit) {
        int best = -1;
        if (footnotes == null) {
            return best;
        }
        for (int i = 0; i < footnotes.size(); i++) {
            int a = footnotes.get(i).anchorOffset();
            if (!placed[i] && a >= start && a < limit && (best < 0 || a < footnotes.get(best).anchorOffset())) {
                best = i;
            }
        }
        return best;
    }

    private static List<Paragraph> blankLineParagraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        java.util.regex.Matcher breaks = BLANK_LINE.matcher(text);
        int start = 0;
        while (breaks.find()) {
            paragraphs.add(new Paragraph(start, breaks.start(), Paragraph.BODY));
            start = breaks.end();
        }
        paragraphs.add(new Paragraph(start, text.length(), Paragraph.BODY));
        return paragraphs;
    }
}
