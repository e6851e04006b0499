package org.archivist.enrich.entities.hipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.archivist.enrich.entities.hipe.HipeScorer.Counts;
import org.junit.jupiter.api.Test;

class HipeScorerTest {

    @Test
    void shouldCountAShiftedBoundaryAsWrongWhenStrictAndRightWhenFuzzy() {
        // gold: "Mr. Bell" (pers 0-3), "Boston" (loc 5-6), "the Board of Trade" (org 8-12)
        List<HipeSpan> gold = List.of(new HipeSpan("pers", 0, 3), new HipeSpan("loc", 5, 6),
                new HipeSpan("org", 8, 12));
        // predicted: "Bell" without the title, "Boston" right, "Trade" as a place, a spurious person
        List<HipeSpan> predicted = List.of(new HipeSpan("pers", 2, 3), new HipeSpan("loc", 5, 6),
                new HipeSpan("loc", 11, 12), new HipeSpan("pers", 14, 15));

        HipeScorer.Scores scores = HipeScorer.score(List.of(gold), List.of(predicted));

        assertEquals(new Counts(1, 3, 2), scores.strictMicro());
        assertEquals(new Counts(2, 2, 1), scores.fuzzyMicro());
        assertEquals(0.25, scores.strictMicro().precision(), 1e-9);
        assertEquals(1.0 / 3, scores.strictMicro().recall(), 1e-9);
        assertEquals(2 * 0.25 / 3 / (0.25 + 1.0 / 3), scores.strictMicro().f1(), 1e-9);
        assertEquals(4.0 / 7, scores.fuzzyMicro().f1(), 1e-9);
        assertEquals(new Counts(0, 2, 1), scores.strict().get("pers"));
        assertEquals(new Counts(1, 1, 0), scores.fuzzy().get("pers"));
        assertEquals(new Counts(1, 1, 0), scores.fuzzy().get("loc"));
        assertEquals(new Counts(0, 0, 1), scores.fuzzy().get("org"));
    }

    @Test
    void shouldMatchEachGoldSpanOnlyOnce() {
        List<HipeSpan> gold = List.of(new HipeSpan("pers", 0, 4));
        List<HipeSpan> predicted = List.of(new HipeSpan("pers", 0, 2), new HipeSpan("pers", 2, 4));

        HipeScorer.Scores scores = HipeScorer.score(List.of(gold), List.of(predicted));

        assertEquals(new Counts(1, 1, 0), scores.fuzzyMicro());
        assertEquals(new Counts(0, 2, 1), scores.strictMicro());
    }

    @Test
    void shouldGiveTheExactPredictionTheGoldSpanBeforeANearMiss() {
        List<HipeSpan> gold = List.of(new HipeSpan("loc", 0, 3), new HipeSpan("loc", 3, 4));
        List<HipeSpan> predicted = List.of(new HipeSpan("loc", 2, 4), new HipeSpan("loc", 0, 3));

        HipeScorer.Scores scores = HipeScorer.score(List.of(gold), List.of(predicted));

        assertEquals(new Counts(2, 0, 0), scores.fuzzyMicro());
    }

    @Test
    void shouldSumCountsOverDocumentsAndGiveZeroWhenNothingIsPredicted() {
        HipeScorer.Scores scores = HipeScorer.score(
                List.of(List.of(new HipeSpan("time", 0, 3)), List.of(new HipeSpan("time", 1, 2))),
                List.of(List.of(), List.of(new HipeSpan("time", 1, 2))));

        assertEquals(new Counts(1, 0, 1), scores.strictMicro());
        assertEquals(1.0, scores.strictMicro().precision());
        assertEquals(0.0, new Counts(0, 0, 5).f1());
    }
}
