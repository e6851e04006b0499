package org.archivist.enrich.entities.hipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import org.archivist.enrich.entities.Mention;
import org.archivist.enrich.entities.hipe.HipeScorer.Counts;
import org.junit.jupiter.api.Test;

class HipeEvaluationTest {

    @Test
    void shouldScoreAnyFinderPluggedIn() {
        HipeFile file = HipeReader.read(HipeFormatTest.SNIPPET);
        // finds "Mary Bell" (gold: "Judge Mary Bell", so the title step makes it exact) and the broken "Linford"
        Function<String, List<Mention>> finder = text -> {
            int mary = text.indexOf("Mary Bell");
            int lin = text.indexOf("Linford");
            return mary < 0 ? List.of() : List.of(
                    new Mention("person", mary, mary + 9, "Mary Bell", "test", 1, null),
                    new Mention("place", lin, lin + 7, "Linford", "test", 1, null));
        };

        HipeEvaluation.Result result = HipeEvaluation.evaluate(file, finder, EnumSet.allOf(HipeAdapter.Step.class));

        assertEquals(List.of(List.of(new HipeSpan("pers", 0, 3), new HipeSpan("loc", 5, 8)), List.of()),
                result.predicted());
        assertEquals(new Counts(2, 0, 1), result.scores().strictMicro(), "the date of the second document missed");
        assertEquals(new Counts(0, 0, 1), result.scores().strict().get("time"));

        HipeEvaluation.Result withoutTitles = HipeEvaluation.evaluate(file, finder,
                EnumSet.of(HipeAdapter.Step.LINES, HipeAdapter.Step.HYPHENS));
        assertEquals(new Counts(1, 1, 2), withoutTitles.scores().strictMicro());
        assertEquals(new Counts(2, 0, 1), withoutTitles.scores().fuzzyMicro());
    }
}
