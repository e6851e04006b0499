package org.archivist.enrich.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.archivist.events.Footnote;
import org.junit.jupiter.api.Test;

class FootnoteLinkerTest {

    @Test
    void shouldLinkTheSeedsFourNotesToTheirMarkersAndTakeTheMarkersOut() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        FootnoteLinker.Result result = FootnoteLinker.link(seed);

        List<Footnote> notes = result.footnotes();
        assertEquals(List.of("1", "2", "3", "4"), notes.stream().map(Footnote::marker).toList());
        assertTrue(notes.stream().allMatch(n -> "adri".equals(n.author())), notes.toString());
        assertTrue(notes.get(0).text().startsWith("Despite being expelled from the Russian Communist Party in February 1922"));
        assertFalse(notes.get(0).text().endsWith("adri"));
        assertTrue(notes.get(3).text().endsWith("p. 16."), notes.get(3).text());

        String text = result.text();
        assertTrue(text.contains("The Workers' Group of the Communist Party of Russia consists exclusively"));
        assertTrue(text.contains("Communist Workers' Parties (4th International) the Workers' Group of Russia"));
        assertTrue(text.contains("destructive of the proletarian international. . . . Never can"));
        assertTrue(text.contains("he was released. He returned without bitterness"));
        for (String glued : List.of("Russia1", "International)2", ". . . .3", "released.4")) {
            assertFalse(text.contains(glued), glued + " left in the text");
        }
        assertTrue(text.contains("Vol. 11 No. 11"), "counts are not markers");
        assertEquals(seed.length() - 4, text.length(), "only the four marker digits are gone");

        for (Footnote note : notes) {
            assertTrue(note.anchored());
            assertTrue(note.anchorSentence().length() > 20 && text.contains(note.anchorSentence()), note.anchorSentence());
        }
        assertTrue(notes.get(0).anchorSentence().startsWith("The Workers' Group of the Communist Party of Russia consists"));
        assertEquals("Russia", text.substring(notes.get(0).anchorOffset() - 6, notes.get(0).anchorOffset()));
        assertTrue(result.markersWithoutNote().isEmpty());
    }

    @Test
    void shouldLinkBracketedMarkersToANotesSection() {
        String text = """
                The congress met in Moscow[1] and again in Petrograd.[2]

                Notes
                1. The Fourth Congress, 1922.
                2) Only its last sessions.
                """;

        FootnoteLinker.Result result = FootnoteLinker.link(text);

        assertEquals(2, result.footnotes().size());
        assertEquals("The Fourth Congress, 1922.", result.footnotes().get(0).text());
        assertTrue(result.text().startsWith("The congress met in Moscow and again in Petrograd."), result.text());
        assertEquals("Moscow", result.text().substring(result.footnotes().get(0).anchorOffset() - 6,
                result.footnotes().get(0).anchorOffset()));
    }

    @Test
    void shouldTakeNoYearsCountsOrListsForMarkers() {
        String text = """
                In 1923 the group held 21 days of meetings; the 12th Party Congress met in April.
                See Vol. 11 No.11, p.16.

                The demands were:
                1. Free speech.
                2. Free press.
                """;

        FootnoteLinker.Result result = FootnoteLinker.link(text);

        assertTrue(result.footnotes().isEmpty(), "a list nothing refers to stays text: " + result.footnotes());
        assertEquals(text, result.text());
    }

    @Test
    void shouldReportANoteWithoutMarkerAndAMarkerWithoutNote() {
        String text = """
                First claim.1 Second claim without its marker. Third claim.3

                • 1First note.—Ed.
                • 2Second note.
                """;

        FootnoteLinker.Result result = FootnoteLinker.link(text);

        assertEquals(3, result.footnotes().size());
        assertEquals("Ed.", result.footnotes().get(0).author());
        assertFalse(result.footnotes().get(1).anchored(), "note 2 has no marker");
        assertEquals(List.of("3"), result.markersWithoutNote(), "a marker with no note is reported");
        Footnote stray = result.footnotes().get(2);
        assertEquals("3", stray.marker());
        assertEquals(null, stray.text(), "a marker without note is kept as a footnote without text");
        assertTrue(result.text().contains("Third claim.\n"), "and taken out of the text: " + result.text());
        assertEquals("claim.", result.text().substring(stray.anchorOffset() - 6, stray.anchorOffset()));
    }
}
