package org.archivist.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentTextsTest {

    private final List<String> read = new ArrayList<>();
    private final RecentTexts recent = new RecentTexts(text -> {
        read.add(text);
        return List.of(new Mention("person", 0, text.length(), text, "model", 0.9, null));
    }, 2);

    @Test
    void shouldAnswerATextReadRecentlyWithoutReadingItAgain() {
        List<Mention> first = recent.find("Miasnikov");
        List<Mention> again = recent.find("Miasnikov");

        assertEquals(first, again);
        assertEquals(List.of("Miasnikov"), read, "the model read it once");
        assertArrayEquals(new long[] {1, 1}, recent.hitsAndMisses());
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedTextBeyondItsCapacity() {
        recent.find("Miasnikov");
        recent.find("Kuznetzov");
        recent.find("Miasnikov"); // used again: Kuznetzov is now the eldest
        recent.find("Prostatov");

        recent.find("Miasnikov");
        recent.find("Kuznetzov");

        assertEquals(List.of("Miasnikov", "Kuznetzov", "Prostatov", "Kuznetzov"), read);
    }

    @Test
    void shouldKeepNothingWithCapacityZero() {
        RecentTexts none = new RecentTexts(text -> {
            read.add(text);
            return List.of();
        }, 0);

        none.find("Lettland");
        none.find("Lettland");

        assertEquals(List.of("Lettland", "Lettland"), read);
    }
}
