package org.archivist.enrich.structure;

import java.util.ArrayList;
import java.util.List;
import org.archivist.events.Contribution;
import org.archivist.events.EditorialMark;
import org.archivist.events.Footnote;
import org.archivist.events.Paragraph;
import org.archivist.events.Signatory;
import org.archivist.events.SourceCitation;

/**
 * Everything enrichment reads from a transcription's text, in one pass: page chrome out, footnotes linked
 * and their markers out, then the structure, citation, signatories and editorial marks of what is left.
 * All offsets refer to {@link Reading#text()}. Plain Java.
 */
public final class TranscriptionReader {

    /** What was read; {@code warnings} says, in words, what could not be linked or read. */
    public record Reading(String title, String author, Contribution contribution, String headnote, String text,
            List<Paragraph> paragraphs, List<Footnote> footnotes, List<Signatory> signatories,
            SourceCitation citation, List<EditorialMark> editorialMarks, List<String> droppedChrome,
            List<String> warnings) {
    }

    private TranscriptionReader() {
    }

    /**
     * @param text          the extracted text
     * @param declaredTitle the title the file declares, or null
     */
    public static Reading read(String text, String declaredTitle) {
        PageChrome.Result page = PageChrome.strip(text);
        FootnoteLinker.Result linked = FootnoteLinker.link(page.text());
        String clean = linked.text();
        SourceCitation citation = CitationParser.find(clean).orElse(null);
        SignatoryParser.Found signatories = SignatoryParser.locate(clean);
        StructureParser.Structure structure = StructureParser.parse(clean, declaredTitle, linked.noteLists(),
                signatories.span(), citation);
        List<String> warnings = new ArrayList<>();
        for (String marker : linked.markersWithoutNote()) {
            warnings.add("footnote marker " + marker + " has no note");
        }
        for (Footnote note : linked.notesWithoutMarker()) {
            warnings.add("note " + note.marker() + " has no marker in the text");
        }
        List<EditorialMark> marks = new ArrayList<>(EditorialMarks.find(clean, linked.noteLists()));
        marks.addAll(EditorialMarks.apparatusNotes(clean, structure.paragraphs(), marks));
        marks.sort(java.util.Comparator.comparingInt(EditorialMark::start));
        return new Reading(structure.title(), structure.author(), structure.contribution(), structure.headnote(),
                clean, structure.paragraphs(), linked.footnotes(), signatories.signatories(), citation, marks,
                page.dropped(), warnings);
    }

    /** The text as it came, when its structure cannot be read: nothing is lost, and the warning says why. */
    public static Reading plain(String text, String declaredTitle, String why) {
        return new Reading(declaredTitle, null, null, null, text, List.of(), List.of(), List.of(), null, List.of(),
                List.of(), List.of("the structure could not be read, the text goes on as plain text: " + why));
    }
}
