package org.archivist.enrich.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.archivist.events.Footnote;
import org.junit.jupiter.api.Test;

/** The marker and note-list styles other than the seed's. */
class FootnoteStylesTest {

    @Test
    void shouldLinkUnicodeSuperscriptMarkers() {
        FootnoteLinker.Result result = FootnoteLinker.link("""
                The congress of 1921¹ met in Moscow, and the next one² in Petrograd.

                ¹ The Third Congress.
                ² The Fourth.
                """);

        assertEquals(List.of("1", "2"), markers(result));
        assertEquals("The congress of 1921", before(result, 0, 20));
        assertTrue(result.text().startsWith("The congress of 1921 met in Moscow, and the next one in Petrograd."));
    }

    @Test
    void shouldLinkSymbolMarkersButNotMarkdownEmphasis() {
        FootnoteLinker.Result result = FootnoteLinker.link("""
                As *The Liberator* reported, the delegates* left, and the chairman† stayed.

                * Eleven of them.
                † Zinoviev.
                """);

        assertEquals(List.of("*", "†"), markers(result));
        assertEquals("the delegates", before(result, 0, 13));
        assertEquals("the chairman", before(result, 1, 12));
        assertTrue(result.text().contains("*The Liberator*"), "emphasis is not a marker");
    }

    @Test
    void shouldLinkRomanAndMarkdownMarkers() {
        FootnoteLinker.Result roman = FootnoteLinker.link("""
                First point.[i] Second point.[ii]

                [i] A roman note.
                [ii] Another.
                """);
        FootnoteLinker.Result markdown = FootnoteLinker.link("""
                The strike[^1] spread to Hamburg.[^note]

                [^1]: In the docks.
                [^note]: And to Bremen.
                """);

        assertEquals(List.of("i", "ii"), markers(roman));
        assertEquals("First point.", before(roman, 0, 12));
        assertEquals(List.of("1", "note"), markers(markdown));
        assertTrue(markdown.text().startsWith("The strike spread to Hamburg."), markdown.text());
    }

    @Test
    void shouldLinkParenthesisedMarkersAndTakeTheirSpaceOut() {
        FootnoteLinker.Result result = FootnoteLinker.link("""
                The resolution (1) was carried by 21 votes (2).

                Notes
                (1) Of the Berlin conference.
                (2) Against 3.
                """);

        assertEquals(List.of("1", "2"), markers(result));
        assertTrue(result.text().startsWith("The resolution was carried by 21 votes."), result.text());
    }

    @Test
    void shouldLinkNotesPrintedAtTheFootOfEachPage() {
        FootnoteLinker.Result result = FootnoteLinker.link("""
                Page one speaks of Kronstadt.1

                1 March 1921.

                Page two speaks of Baku.1

                1 September 1920.
                """);

        assertEquals(2, result.footnotes().size());
        assertEquals("Kronstadt.", before(result, 0, 10));
        assertEquals("Baku.", before(result, 1, 5));
        assertEquals(2, result.noteLists().size());
    }

    @Test
    void shouldKeepAnAuthorsNumberedListThatNothingRefersTo() {
        String text = """
                The conference demands:
                1) the release of the prisoners;
                2) free speech.

                Signed in 1923, after 21 days.
                """;

        FootnoteLinker.Result result = FootnoteLinker.link(text);

        assertTrue(result.footnotes().isEmpty());
        assertEquals(text, result.text());
    }

    @Test
    void shouldNotTakeADashInsideANoteForItsAuthor() {
        FootnoteLinker.Result result = FootnoteLinker.link("""
                The Red Army1 advanced.

                1 Formed in 1918 — the workers' army
                """);

        Footnote note = result.footnotes().get(0);
        assertEquals(null, note.author());
        assertFalse(note.text().isEmpty());
    }

    private static List<String> markers(FootnoteLinker.Result result) {
        return result.footnotes().stream().map(Footnote::marker).toList();
    }

    private static String before(FootnoteLinker.Result result, int note, int length) {
        int at = result.footnotes().get(note).anchorOffset();
        return result.text().substring(at - length, at);
    }
}
