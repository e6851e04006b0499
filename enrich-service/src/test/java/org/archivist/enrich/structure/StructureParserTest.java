package org.archivist.enrich.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.archivist.events.EditorialMark;
import org.archivist.events.Paragraph;
import org.junit.jupiter.api.Test;

class StructureParserTest {

    @Test
    void shouldReadAnArchiveHeaderBlockAndAByLine() {
        String text = """
                Against the Stream
                by Anton Pannekoek

                Written: 1920
                Source: Kommunistische Arbeiter-Zeitung, No. 12, 3 June 1920
                Transcription: J. Smith

                The workers' councils are the form of the revolution.

                "Not parliament," he said, "but the councils."
                """;

        TranscriptionReader.Reading reading = TranscriptionReader.read(text, null);

        assertEquals("Against the Stream", reading.title());
        assertEquals("Anton Pannekoek", reading.author());
        assertNull(reading.contribution());
        assertEquals(List.of(Paragraph.TITLE, Paragraph.AUTHOR, Paragraph.HEADER, Paragraph.CITATION,
                Paragraph.HEADER, Paragraph.BODY, Paragraph.QUOTATION), kinds(reading));
        assertEquals(LocalDate.of(1920, 6, 3), reading.citation().issueDate());
    }

    @Test
    void shouldTakeTheTitleTheFileDeclaresWithoutTheSiteName() {
        String text = """
                Home
                Library
                The Hamburg Rising - Rote Fahne

                Posted by archivist on 12 March 2024

                The rising began at dawn.
                Comments
                """;

        TranscriptionReader.Reading reading = TranscriptionReader.read(text,
                "The Hamburg Rising - Rote Fahne | libcom.org");

        assertEquals("The Hamburg Rising", reading.title());
        assertEquals("Rote Fahne", reading.author());
        assertEquals("archivist", reading.contribution().contributor());
        assertEquals(LocalDate.of(2024, 3, 12), reading.contribution().date());
        assertEquals(List.of("Home", "Library", "Comments"), reading.droppedChrome());
        assertEquals("The rising began at dawn.", at(reading, reading.paragraphs().get(2)));
    }

    @Test
    void shouldCoverEveryCharacterOfTheBodyWithParagraphsJoiningWrappedLines() {
        String text = """
                A Title

                This paragraph was typed at a fixed width and so
                it wraps over two lines.
                A new paragraph starts here.
                """.strip();

        List<Span> paragraphs = StructureParser.paragraphs(text);

        assertEquals(3, paragraphs.size());
        assertEquals("This paragraph was typed at a fixed width and so\nit wraps over two lines.",
                text.substring(paragraphs.get(1).start(), paragraphs.get(1).end()));
        String covered = String.join("", paragraphs.stream().map(p -> text.substring(p.start(), p.end())).toList());
        assertEquals(text.replaceAll("\\s", ""), covered.replaceAll("\\s", ""), "no character outside a paragraph");
    }

    @Test
    void shouldFindInsertionsOmissionsSicAndEditorsNotes() {
        String text = "The party [KPD] said . . . that it was rite [sic]. [Editor's note: abridged.] "
                + "They met […] later…\nNote: spelling modified.";

        List<EditorialMark> marks = EditorialMarks.find(text, List.of());

        assertEquals(List.of("insertion [KPD]", "omission . . .", "sic [sic]", "editor-note [Editor's note: abridged.]",
                "omission […]", "omission …", "editor-note Note: spelling modified."),
                marks.stream().map(m -> m.kind() + " " + m.text()).toList());
        for (EditorialMark mark : marks) {
            assertEquals(mark.text(), text.substring(mark.start(), mark.start() + mark.text().length()));
        }
    }

    private static List<String> kinds(TranscriptionReader.Reading reading) {
        return reading.paragraphs().stream().map(Paragraph::kind).toList();
    }

    private static String at(TranscriptionReader.Reading reading, Paragraph paragraph) {
        return reading.text().substring(paragraph.start(), paragraph.end());
    }
}
