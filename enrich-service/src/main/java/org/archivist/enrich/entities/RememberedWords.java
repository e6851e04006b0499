package org.archivist.enrich.entities;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A word function (the NER model's rewriting of British spellings as American ones) that remembers what it
 * answered. The CRF applies it to a token each time a feature reads the token's word, a dozen times a token,
 * and each time it runs its regular expressions: the same answer every time, so this asks once a word. It
 * answers exactly what the function does; it remembers at most {@code bound} words (a text in a language of
 * its own, or noise, adds words without end) and asks the function for the rest. Safe from several threads.
 */
final class RememberedWords implements Function<String, String>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Function<String, String> function;
    private final int bound;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    RememberedWords(Function<String, String> function, int bound) {
        this.function = function;
        this.bound = bound;
    }

    @Override
    public String apply(String word) {
        if (word == null) {
            return function.apply(null);
        }
        String known = answers.get(word);
        if (known != null) {
            return known;
        }
        String answer = function.apply(word);
        if (answer != null && answers.size() < bound) {
            answers.put(word, answer);
        }
        return answer;
    }

    /** How many words it remembers now. */
    int size() {
        return answers.size();
    }

    /** The function it asks. */
    Function<String, String> function() {
        return function;
    }
}
