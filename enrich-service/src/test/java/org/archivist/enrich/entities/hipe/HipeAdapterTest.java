package org.archivist.enrich.entities.hipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import org.archivist.enrich.entities.Mention;
import org.junit.jupiter.api.Test;

class HipeAdapterTest {

    @Test
    void shouldJoinColumnLinesAndBrokenWordsAndMapOffsetsBack() {
        String text = "the city of Jeru¬\nsalem and Lin-\nneus, Mo.\nNext";

        OcrView view = OcrView.of(text, true, true);

        assertEquals("the city of Jerusalem and Linneus, Mo. Next", view.text());
        int start = view.text().indexOf("Jerusalem");
        assertEquals(text.indexOf("Jeru"), view.toOriginalStart(start));
        assertEquals(text.indexOf("salem") + 5, view.toOriginalEnd(start + "Jerusalem".length()));
        assertEquals("A line end before a capital is no broken word: Wash-\nIngton",
                OcrView.of("A line end before a capital is no broken word: Wash-\nIngton", false, true).text());
    }

    @Test
    void shouldGiveTheFinderTheJoinedTextAndTheTitleToThePerson() {
        List<String> seen = new ArrayList<>();
        Function<String, List<Mention>> finder = text -> {
            seen.add(text);
            int start = text.indexOf("Burgess");
            return List.of(new Mention("person", start, start + 7, "Burgess", "model", 0.9, null));
        };
        String tsv = HipeFormatTest.HEADER + "# hipe2022:document_id = test-0004\n"
                + HipeFormatTest.line("Judge", "B-pers", "EndOfLine")
                + HipeFormatTest.line("Bur", "I-pers", "NoSpaceAfter")
                + HipeFormatTest.line("¬", "I-pers", "EndOfLine")
                + HipeFormatTest.line("gess", "I-pers", "NoSpaceAfter")
                + HipeFormatTest.line(".", "O", "_");
        HipeDocument document = HipeReader.read(tsv).documents().get(0);

        List<HipeSpan> spans = new HipeAdapter(finder).predict(document);

        assertEquals(List.of("Judge Burgess. "), seen);
        assertEquals(List.of(new HipeSpan("pers", 0, 4)), spans);
        assertEquals(List.of(), new HipeAdapter(text -> List.of(), EnumSet.noneOf(HipeAdapter.Step.class))
                .predict(document));
    }
}
