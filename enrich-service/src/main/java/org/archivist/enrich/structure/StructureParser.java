package org.archivist.enrich.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.events.Contribution;
import org.archivist.events.Paragraph;
import org.archivist.events.SourceCitation;

/**
 * Reads the layout of a transcription the way an editor does: the title and its author line ("An Appeal
 * to … - The International Group of Communists", or a "by …" line), the archive's header lines ("Source:
 * …", "Transcription: …"), the editor's headnote, the contribution line ("Submitted by adri on April 29,
 * 2025"), and the paragraphs of the rest with what each is (body, heading, quotation, signatories,
 * editor's note, citation, notes). Plain Java.
 */
public final class StructureParser {

    /** What the parser found; the paragraphs cover every non-blank line of the text, in order. */
    public record Structure(String title, String author, Contribution contribution, String headnote,
            List<Paragraph> paragraphs) {
    }

    private static final int MAX_TITLE = 300;
    private static final int HEAD_PARAGRAPHS = 12;
    private static final Pattern TITLE_AUTHOR = Pattern.compile("^(.{3,}?)\\s+[-–—]\\s+(\\p{Lu}[^!?:;]{1,80})$");
    private static final Pattern BY_LINE = Pattern.compile("^(?i:by|von|par|por)\\s+(\\p{Lu}[^\\n]{1,80}?)\\.?$");
    /** "Creator: Ross, Benjamin", "Date: 1916-12": a catalogue field, not a title. */
    private static final Pattern FIELD = Pattern.compile("^[\\p{L} /]{2,30}:\\s");
    private static final Pattern TITLE_COMMA_BY = Pattern.compile("^(.{3,}?),?\\s+(?i:by)\\s+(\\p{Lu}[\\p{L}.'’ -]{1,60})$");
    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s+|^[*_]{1,2}(?=\\S)|(?<=\\S)[*_]{1,2}$");
    private static final Pattern TITLE_HEADER = Pattern.compile("^(?i:title|titel|titre)\\s*:\\s*(.+)$");
    private static final Pattern CONTRIBUTION_ON_BY = Pattern.compile(
            "^(?i:posted|submitted|published|added|uploaded)\\s+(?i:on)\\s+(.{4,40}?)\\s+(?i:by)\\s+(.{1,60}?)\\.?$");
    private static final Pattern VALEDICTION = Pattern.compile("^(?i:yours[\\w ]{0,30}|fraternally( yours)?|"
            + "with (fraternal|communist|comradely) greetings|mit [\\wäöü ]{0,30}gru(ß|ss)|salut[\\w ]{0,30})[,.!]?$");
    private static final Pattern NAME = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.|von|van|de|der|den|la|le)"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.|von|van|de|der|den|la|le)){0,4}\\.?$");
    private static final Pattern CONTRIBUTION = Pattern.compile(
            "^(?i:submitted|posted|added|uploaded|contributed|transcribed|published|eingestellt|eingereicht)"
                    + "\\s+(?i:by|von|par)\\s+(.{1,60}?)(?:\\s+(?i:on|am|le)\\s+(.{4,40}?))?\\.?$");
    private static final Pattern HEADER = Pattern.compile("^(?i:written|source|first published|published|"
            + "translated|translation|transcription|transcribed|transcription/markup|markup|html markup|"
            + "proofread|proofreading|public domain|copyleft|online version|author|date|original|language|"
            + "quelle|übersetzung|erstveröffentlichung|geschrieben)\\s*:\\s*\\S.*$");
    private static final Pattern AUTHOR_HEADER = Pattern.compile("^(?i:author)\\s*:\\s*(.+?)\\.?$");
    private static final Pattern HEADNOTE_CUE = Pattern.compile("^(?i:editor'?s note|editorial note|introduction|"
            + "introductory note|preface|note by the editor|translator'?s note|transcriber'?s note|vorbemerkung|"
            + "einleitung|anmerkung der redaktion|the following|this (?:text|article|report|appeal|letter|leaflet)|"
            + "ce texte|le texte|der folgende|dieser (?:text|artikel)|el siguiente|este texto)\\b.*|^\\[.*\\]$",
            Pattern.DOTALL);
    private static final Pattern EDITORIAL_CUE = Pattern.compile("^\\[?(?i:note|editor'?s note|editorial note|ed\\. note|"
            + "transcriber'?s note|translator'?s note|anmerkung der redaktion|anm\\. d\\. red\\.|note de la rédaction)"
            + "\\s*:.*", Pattern.DOTALL);
    private static final Pattern NOTES_HEADING = Pattern.compile("^(?i:notes|footnotes|endnotes|references|"
            + "anmerkungen|fußnoten|fussnoten|notes de bas de page|notas)\\s*:?$");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[\\w.-]+\\.(?:org|com|net|info|de|fr|uk|edu)\\S*$"
            + "|\\s+\\|\\s+[^|]{1,60}$");

    private StructureParser() {
    }

    /**
     * @param text          the text, footnote markers already taken out
     * @param declaredTitle the title the file declares (HTML title, document properties), or null
     * @param noteLists     where the note lists stand
     * @param signatories   where the signatories stand, or null
     * @param citation      the source citation found, or null
     */
    public static Structure parse(String text, String declaredTitle, List<Span> noteLists, Span signatories,
            SourceCitation citation) {
        List<Span> blocks = paragraphs(text);
        String[] kinds = new String[blocks.size()];
        String title = null;
        String author = null;
        Contribution contribution = null;
        int body = 0; // first paragraph after the title, header and headnote

        // Title: the paragraph the file's declared title names; else the one above a by-line or an archive
        // header block; else the first short one. What stands above the title is the archive's header.
        int head = headEnd(text, blocks);
        int titleAt = declared(text, blocks, head, declaredTitle);
        boolean aboveHeaderBlock = false;
        for (int i = 1; i < head && titleAt < 0; i++) {
            if (BY_LINE.matcher(firstField(at(text, blocks.get(i)))).matches()
                    && looksLikeTitle(at(text, blocks.get(i - 1)))) {
                titleAt = i - 1;
            }
        }
        for (int i = 1; i < head && titleAt < 0; i++) {
            if (HEADER.matcher(at(text, blocks.get(i))).matches() && looksLikeTitle(at(text, blocks.get(i - 1)))) {
                titleAt = i - 1;
                aboveHeaderBlock = true;
            }
        }
        for (int i = 0; i < head && titleAt < 0; i++) {
            Matcher titleHeader = TITLE_HEADER.matcher(at(text, blocks.get(i)));
            if (titleHeader.matches()) {
                title = titleHeader.group(1).strip();
            } else if (title == null && looksLikeTitle(at(text, blocks.get(i)))) {
                titleAt = i;
            }
        }
        if (titleAt >= 0) {
            title = at(text, blocks.get(titleAt));
            kinds[titleAt] = Paragraph.TITLE;
            body = titleAt + 1;
            for (int i = 0; i < titleAt; i++) {
                kinds[i] = Paragraph.HEADER;
            }
            if (aboveHeaderBlock && titleAt > 0 && looksLikeName(at(text, blocks.get(titleAt - 1)))) {
                author = at(text, blocks.get(titleAt - 1)).replaceFirst("\\.$", "");
                kinds[titleAt - 1] = Paragraph.AUTHOR;
            }
        } else if (title == null && declaredTitle != null && !declaredTitle.isBlank()) {
            title = cleanDeclared(declaredTitle);
        }
        if (title != null) {
            Matcher split = TITLE_AUTHOR.matcher(title);
            if (author == null && split.matches() && split.group(2).split("\\s+").length <= 8) {
                title = split.group(1).strip();
                author = split.group(2).strip();
            }
            Matcher commaBy = TITLE_COMMA_BY.matcher(title);
            if (author == null && commaBy.matches() && looksLikeName(commaBy.group(2).strip())) {
                title = commaBy.group(1).strip();
                author = commaBy.group(2).strip();
            }
            title = title.replaceFirst("(?<=\\p{L})\\.$", "");
        }
        if (author == null && body < blocks.size()) {
            String next = at(text, blocks.get(body));
            Matcher by = BY_LINE.matcher(firstField(next));
            if (by.matches()) {
                author = by.group(1).strip();
                kinds[body++] = Paragraph.AUTHOR;
            } else if (looksLikeName(next) && declaredTitle != null && declaredTitle.contains(next)) {
                author = next;
                kinds[body++] = Paragraph.AUTHOR;
            }
        }

        // Header lines, the headnote and the contribution line, near the top.
        int contributionAt = -1;
        for (int i = body; i < Math.min(blocks.size(), body + HEAD_PARAGRAPHS); i++) {
            Matcher m = CONTRIBUTION.matcher(at(text, blocks.get(i)));
            Matcher onBy = CONTRIBUTION_ON_BY.matcher(at(text, blocks.get(i)));
            if (m.matches()) {
                contributionAt = i;
                contribution = new Contribution(m.group(1).strip(), m.group(2) == null ? null : Dates.find(m.group(2)));
                break;
            }
            if (onBy.matches()) {
                contributionAt = i;
                contribution = new Contribution(onBy.group(2).strip(), Dates.find(onBy.group(1)));
                break;
            }
        }
        String headnote = null;
        while (body < blocks.size() && HEADER.matcher(at(text, blocks.get(body))).matches()) {
            Matcher a = AUTHOR_HEADER.matcher(at(text, blocks.get(body)));
            if (author == null && a.matches()) {
                author = a.group(1).strip();
            }
            kinds[body] = contains(blocks.get(body), citation) ? Paragraph.CITATION : Paragraph.HEADER;
            body++;
        }
        if (contributionAt >= body) {
            if (contributionAt > body) {
                headnote = text.substring(blocks.get(body).start(), blocks.get(contributionAt - 1).end());
            }
            for (int i = body; i < contributionAt; i++) {
                kinds[i] = Paragraph.HEADNOTE;
            }
            kinds[contributionAt] = Paragraph.CONTRIBUTION;
            body = contributionAt + 1;
        } else if (body < blocks.size() && body <= 3 && HEADNOTE_CUE.matcher(at(text, blocks.get(body))).matches()) {
            headnote = at(text, blocks.get(body));
            kinds[body++] = Paragraph.HEADNOTE;
            while (body < blocks.size() && HEADER.matcher(at(text, blocks.get(body))).matches()) {
                kinds[body] = contains(blocks.get(body), citation) ? Paragraph.CITATION : Paragraph.HEADER;
                body++;
            }
        }

        // The rest, paragraph by paragraph; a letter is signed under its valediction ("Yours fraternally,").
        for (int i = body; i < blocks.size(); i++) {
            kinds[i] = kind(text, blocks, i, noteLists, signatories, citation);
            if (author == null && i + 1 < blocks.size() && VALEDICTION.matcher(at(text, blocks.get(i))).matches()
                    && looksLikeName(at(text, blocks.get(i + 1)))) {
                author = at(text, blocks.get(i + 1)).replaceFirst("\\.$", "");
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            paragraphs.add(new Paragraph(blocks.get(i).start(), blocks.get(i).end(),
                    kinds[i] == null ? Paragraph.BODY : kinds[i]));
        }
        return new Structure(title, author, contribution, headnote, paragraphs);
    }

    private static String kind(String text, List<Span> blocks, int i, List<Span> noteLists, Span signatories,
            SourceCitation citation) {
        Span block = blocks.get(i);
        String paragraph = at(text, block);
        if (within(block, noteLists) || NOTES_HEADING.matcher(paragraph).matches()
                && i + 1 < blocks.size() && within(blocks.get(i + 1), noteLists)) {
            return Paragraph.NOTES;
        }
        if (signatories != null && block.start() >= signatories.start() && block.end() <= signatories.end()) {
            return Paragraph.SIGNATORIES;
        }
        if (EDITORIAL_CUE.matcher(paragraph).matches()) {
            return Paragraph.EDITORIAL;
        }
        if (contains(block, citation)) {
            return Paragraph.CITATION;
        }
        if (!noteLists.isEmpty() && block.start() >= noteLists.get(noteLists.size() - 1).end()) {
            return Paragraph.HEADER; // the text ends with its notes: what follows is the site's footer
        }
        if (!paragraph.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return Paragraph.SEPARATOR;
        }
        if (paragraph.matches("(?s)^(?:[\"“„«‘‚]|>\\s).*")) {
            return Paragraph.QUOTATION;
        }
        if (looksLikeHeading(paragraph)) {
            return Paragraph.HEADING;
        }
        return Paragraph.BODY;
    }

    /** The top of the page, where title and header stand: up to the first long paragraph. */
    private static int headEnd(String text, List<Span> blocks) {
        int end = Math.min(blocks.size(), 2 * HEAD_PARAGRAPHS);
        for (int i = 0; i < end; i++) {
            if (blocks.get(i).length() > 300) {
                return i;
            }
        }
        return end;
    }

    /** The paragraph at the top that the declared title names: the longest one it contains, or -1. */
    private static int declared(String text, List<Span> blocks, int head, String declaredTitle) {
        if (declaredTitle == null || declaredTitle.isBlank()) {
            return -1;
        }
        String declared = cleanDeclared(declaredTitle).toLowerCase(java.util.Locale.ROOT);
        int best = -1;
        for (int i = 0; i < head; i++) {
            String candidate = at(text, blocks.get(i)).replaceFirst("\\.$", "").toLowerCase(java.util.Locale.ROOT);
            if (candidate.length() >= 3 && candidate.contains(" ") && declared.contains(candidate)
                    && (best < 0 || candidate.length() > blocks.get(best).length())) {
                best = i;
            }
        }
        return best;
    }

    /** "Max Lehmann: The Party and the Councils (1920) — Left Communist Texts" without the site's name. */
    private static String cleanDeclared(String declaredTitle) {
        String title = SITE_SUFFIX.matcher(declaredTitle.strip()).replaceFirst("");
        return title.split("\\s+[—|]\\s+")[0].strip();
    }

    /** A by-line followed, after a tab, by page navigation ("by Arturo Bellini\tNotes from the Field →"). */
    private static String firstField(String paragraph) {
        int tab = paragraph.indexOf('\t');
        return tab < 0 ? paragraph : paragraph.substring(0, tab).strip();
    }

    private static boolean looksLikeName(String paragraph) {
        return paragraph.length() <= 60 && NAME.matcher(paragraph).matches();
    }

    private static boolean looksLikeTitle(String paragraph) {
        return paragraph.length() <= MAX_TITLE && !paragraph.contains("\n") && !FIELD.matcher(paragraph).find()
                && !paragraph.matches("(?s).*[,;]$") && paragraph.split("[.!?]\\s").length <= 2;
    }

    private static boolean looksLikeHeading(String paragraph) {
        if (paragraph.length() > 100 || paragraph.contains("\n")) {
            return false;
        }
        boolean capitals = paragraph.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return capitals && paragraph.length() <= 80 || !paragraph.matches("(?s).*[.,;:!?\"”’')\\]»]$")
                && paragraph.split("\\s+").length <= 12;
    }

    private static boolean within(Span block, List<Span> spans) {
        return spans.stream().anyMatch(s -> block.start() >= s.start() && block.end() <= s.end());
    }

    private static boolean contains(Span block, SourceCitation citation) {
        return citation != null && citation.start() >= block.start() && citation.start() < block.end();
    }

    /** The paragraph, without Markdown heading marks and emphasis ("# Title", "*by X*"). */
    private static String at(String text, Span span) {
        return MARKDOWN.matcher(text.substring(span.start(), span.end())).replaceAll("");
    }

    /**
     * The paragraphs: lines, except that a line wrapped mid-sentence (fixed-width text, OCR) goes on in the
     * next one. Offsets exclude leading and trailing blanks.
     */
    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        String previous = null;
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
                previous = null;
            } else {
                int from = lineStart + line.indexOf(stripped.charAt(0));
                int to = from + stripped.length();
                if (start >= 0 && !wraps(previous, stripped)) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
                if (start < 0) {
                    start = from;
                }
                end = to;
                previous = stripped;
            }
            lineStart += line.length() + 1;
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }

    /** A long line that stops mid-sentence and a next line that goes on in lower case are one paragraph. */
    private static boolean wraps(String previous, String next) {
        if (previous == null || previous.matches("(?s).*[.!?:;\"”’')\\]»]$") || BY_LINE.matcher(next).matches()) {
            return false;
        }
        int first = next.codePointAt(0);
        return previous.length() >= 40 && (Character.isLowerCase(first) || previous.endsWith(",")
                || previous.endsWith("-") && Character.isLetter(first));
    }
}
