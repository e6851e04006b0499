package org.archivist.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.process.AmericanizeFunction;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RememberedWordsTest {

    private static final List<String> WORDS = List.of("colour", "Labour", "organisation", "Petrograd", "honour",
            "centre", "the", "1924", "Miasnikov", "programme");

    @Test
    void shouldAnswerWhatTheFunctionAnswersAndAskItOnceAWord() {
        Function<String, String> americanize = new AmericanizeFunction();
        AtomicInteger asked = new AtomicInteger();
        RememberedWords remembered = new RememberedWords(w -> {
            asked.incrementAndGet();
            return americanize.apply(w);
        }, 1000);

        for (int round = 0; round < 3; round++) {
            for (String word : WORDS) {
                assertEquals(americanize.apply(word), remembered.apply(word), word);
            }
        }
        assertEquals(WORDS.size(), asked.get());
        assertEquals("color", remembered.apply("colour"));
        assertNull(remembered.apply(null));
    }

    @Test
    void shouldRememberNoMoreWordsThanItsBoundAndStillAnswerTheOthers() {
        AtomicInteger asked = new AtomicInteger();
        RememberedWords remembered = new RememberedWords(w -> {
            asked.incrementAndGet();
            return w.toUpperCase(java.util.Locale.ROOT);
        }, 3);

        for (int round = 0; round < 2; round++) {
            for (String word : WORDS) {
                assertEquals(word.toUpperCase(java.util.Locale.ROOT), remembered.apply(word));
            }
        }
        assertEquals(3, remembered.size());
        // the first three once, the seven others each round
        assertEquals(3 + 2 * (WORDS.size() - 3), asked.get());
    }

    @Test
    void shouldBeTheWordFunctionOfTheLoadedModel() {
        RememberedWords function = assertInstanceOf(RememberedWords.class, NerModel.shared().wordFunction());
        assertInstanceOf(AmericanizeFunction.class, function.function());
    }
}
