package org.archivist.search.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearBarTest {

    @Test
    void shouldDrawEveryYearBetweenTheFirstAndTheLastAsATimeLine() {
        List<YearBar> bars = YearBar.of(Map.of(1924, 10L, 1921, 1L));
        assertEquals(List.of(1921, 1922, 1923, 1924), bars.stream().map(YearBar::year).toList());
        assertEquals(List.of(10, 0, 0, 100), bars.stream().map(YearBar::height).toList());
        assertEquals("1921: 1 document", bars.get(0).label());
        assertEquals("1924: 10 documents", bars.get(3).label());
    }

    @Test
    void shouldLeaveOutEmptyYearsOverAVeryLongSpan() {
        List<YearBar> bars = YearBar.of(Map.of(1500, 1L, 1924, 1000L));
        assertEquals(List.of(1500, 1924), bars.stream().map(YearBar::year).toList());
        assertEquals(4, bars.get(0).height(), "a year with documents stays visible");
    }

    @Test
    void shouldDrawNothingWithoutDates() {
        assertEquals(List.of(), YearBar.of(Map.of()));
    }
}
