package org.archivist.enrich.entities.hipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.archivist.enrich.entities.Mention;
import org.junit.jupiter.api.Test;

class HipeFormatTest {

    static final String HEADER = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP"
            + "\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n";

    // written for these tests: two short documents in the shared task's layout
    static final String SNIPPET = HEADER
            + "# hipe2022:document_id = test-0001\n"
            + "# hipe2022:date = 1890-04-10\n"
            + line("Judge", "B-pers", "_")
            + line("Mary", "I-pers", "_")
            + line("Bell", "I-pers", "NoSpaceAfter")
            + line(",", "O", "_")
            + line("of", "O", "_")
            + line("Lin", "B-loc", "NoSpaceAfter")
            + line("¬", "I-loc", "EndOfLine")
            + line("ford", "I-loc", "NoSpaceAfter")
            + line(".", "O", "EndOfLine|EndOfSentence")
            + "\n"
            + "# hipe2022:document_id = test-0002\n"
            + line("#", "O", "_")
            + line("4", "O", "_")
            + line("May", "B-time", "_")
            + line("3", "I-time", "NoSpaceAfter")
            + line(",", "I-time", "_")
            + line("1890", "I-time", "EndOfLine");

    static String line(String token, String tag, String misc) {
        return token + "\t" + tag + "\t_\t_\t_\t_\t_\t_\t_\t" + misc + "\n";
    }

    @Test
    void shouldRebuildEachDocumentsTextWithTokenOffsets() {
        HipeFile file = HipeReader.read(SNIPPET);

        assertEquals(2, file.documents().size());
        HipeDocument first = file.documents().get(0);
        assertEquals("Judge Mary Bell, of Lin¬\nford.\n", first.text());
        assertEquals(Map.of("hipe2022:document_id", "test-0001", "hipe2022:date", "1890-04-10"), first.metadata());
        assertEquals("test-0001", first.id());
        for (HipeToken token : first.tokens()) {
            assertEquals(token.text(), first.text().substring(token.start(), token.end()));
        }
        HipeDocument second = file.documents().get(1);
        assertEquals("# 4 May 3, 1890\n", second.text());
        assertEquals(6, second.tokens().size(), "a line starting with a # token is a token, not a comment");
    }

    @Test
    void shouldReadIobTagsAsSpans() {
        HipeFile file = HipeReader.read(SNIPPET);
        int coarse = file.columnIndex(HipeFile.NE_COARSE_LIT);

        assertEquals(List.of(new HipeSpan("pers", 0, 3), new HipeSpan("loc", 5, 8)),
                HipeSpan.fromTags(file.documents().get(0).column(coarse)));
        assertEquals(List.of(new HipeSpan("pers", 0, 1), new HipeSpan("loc", 1, 2), new HipeSpan("loc", 2, 3)),
                HipeSpan.fromTags(List.of("I-pers", "I-loc", "B-loc")));
    }

    @Test
    void shouldWriteTheInputBackWhenThePredictionsAreTheGold() {
        HipeFile file = HipeReader.read(SNIPPET);
        int coarse = file.columnIndex(HipeFile.NE_COARSE_LIT);
        List<List<HipeSpan>> gold = file.documents().stream().map(d -> HipeSpan.fromTags(d.column(coarse))).toList();

        String written = HipeWriter.toString(file, gold);

        assertEquals(SNIPPET, written);
        assertEquals(file, HipeReader.read(written));
    }

    @Test
    void shouldWritePredictedTagsAndLeaveColumnsNothingPredictedEmpty() {
        String withGoldLinks = HEADER + "# hipe2022:document_id = test-0003\n"
                + "Paris\tB-loc\tO\tB-loc.adm.town\t_\t_\t_\tQ90\t_\tNoSpaceAfter\n"
                + ".\tO\tO\tO\t_\t_\t_\t_\t_\tEndOfSentence\n";
        HipeFile file = HipeReader.read(withGoldLinks);

        String written = HipeWriter.toString(file, List.of(List.of(new HipeSpan("org", 0, 1))));

        assertEquals(HEADER + "# hipe2022:document_id = test-0003\n"
                + "Paris\tB-org\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter\n"
                + ".\tO\t_\t_\t_\t_\t_\t_\t_\tEndOfSentence\n", written);
    }

    @Test
    void shouldTagEveryTokenAMentionTouchesWithTheHipeType() {
        HipeDocument document = HipeReader.read(SNIPPET).documents().get(0);
        String text = document.text();
        int lin = text.indexOf("Lin");

        List<HipeSpan> spans = HipeSpan.fromMentions(document, List.of(
                new Mention("person", 6, 10, "Mary", "model", 0.9, null),
                new Mention("place", lin, text.indexOf("ford") + 4, "Lin¬\nford", "model", 0.9, null),
                new Mention("place", lin + 1, lin + 3, "in", "model", 0.9, null),
                new Mention("work", 0, 5, "Judge", "model", 0.9, null)));

        assertEquals(List.of(new HipeSpan("pers", 1, 2), new HipeSpan("loc", 5, 8)), spans,
                "an overlapping mention and a type HIPE does not know are left out");
    }

    @Test
    void shouldRefuseAFileWithoutItsHeader() {
        assertThrows(UncheckedIOException.class, () -> HipeReader.read("Paris\tB-loc\n"));
    }
}
