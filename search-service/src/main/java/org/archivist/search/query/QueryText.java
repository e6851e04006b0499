package org.archivist.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a researcher typed, turned into Elasticsearch's {@code simple_query_string} syntax, which never fails
 * on a syntax error. Words in quotes are a phrase; {@code -word} and {@code NOT word} exclude; {@code OR} (or
 * {@code |}) between two words takes either; {@code AND} is the default and may be written; {@code word*} is
 * a prefix of at least three letters. Every other character is taken as text.
 *
 * @param syntax the query for simple_query_string
 * @param terms  the words and phrases the researcher wants found (not the excluded ones), as typed
 * @param wanted the same, with whether each is a phrase or a prefix
 */
public record QueryText(String syntax, List<String> terms, List<Term> wanted) {

    /** A word or phrase the researcher wants found; a prefix ends in {@code *}. */
    public record Term(String text, boolean prefix) {
    }

    /** More words than this is not a search but a pasted text; it would also make a huge query. */
    public static final int MAX_WORDS = 100;

    private static final int MIN_PREFIX_LETTERS = 3;
    private static final Pattern PHRASE_OPERATORS = Pattern.compile("[\\\\|+\\-()*~\"]");
    private static final Pattern WORD_OPERATORS = Pattern.compile("[\\\\|+()*~\"]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static QueryText parse(String raw) {
        List<String> out = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<Term> wanted = new ArrayList<>();
        boolean negateNext = false;
        int words = 0;
        int i = 0;
        String text = raw.strip();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                String phrase = (close < 0 ? text.substring(i + 1) : text.substring(i + 1, close)).strip();
                i = close < 0 ? text.length() : close + 1;
                String cleaned = phraseText(phrase);
                if (cleaned.isEmpty()) {
                    continue;
                }
                words += SPACES.split(cleaned).length;
                out.add((negateNext ? "-" : "") + "\"" + cleaned + "\"");
                if (!negateNext) {
                    terms.add(cleaned);
                    wanted.add(new Term(cleaned, false));
                }
                negateNext = false;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String word = text.substring(i, end);
            i = end;
            switch (word) {
                case "OR", "||", "|" -> {
                    if (!out.isEmpty() && !out.get(out.size() - 1).equals("|")) {
                        out.add("|");
                    }
                    continue;
                }
                case "AND", "&&", "&", "+" -> {
                    continue;
                }
                case "NOT", "!", "-" -> {
                    negateNext = true;
                    continue;
                }
                default -> {
                }
            }
            boolean negated = negateNext;
            negateNext = false;
            while (!word.isEmpty() && (word.charAt(0) == '-' || word.charAt(0) == '!' || word.charAt(0) == '+')) {
                negated |= word.charAt(0) != '+';
                word = word.substring(1);
            }
            String cleaned = wordText(word);
            if (cleaned.isEmpty()) {
                continue;
            }
            words++;
            out.add((negated ? "-" : "") + cleaned);
            if (!negated) {
                boolean prefix = cleaned.endsWith("*");
                String typed = prefix ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
                terms.add(typed);
                wanted.add(new Term(typed, prefix));
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).equals("|")) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && out.get(0).equals("|")) {
            out.remove(0);
        }
        if (words > MAX_WORDS) {
            throw new InvalidSearch("q", "The query has " + words + " words; at most " + MAX_WORDS + " are allowed.");
        }
        return new QueryText(String.join(" ", out), List.copyOf(terms), List.copyOf(wanted));
    }

    /** True when nothing searchable is left, e.g. for "" or "| -". */
    public boolean isEmpty() {
        return syntax.isEmpty();
    }

    /** Where the wanted words occur in a value; made once per search, used for every hit. */
    public Finder finder(boolean fold) {
        return new Finder(this, fold);
    }

    /** The wanted terms cut into words once, to look for them in many short values. */
    public static final class Finder {

        private final boolean fold;
        private final List<Term> terms;
        private final List<List<Words.Token>> tokens = new ArrayList<>();
        private final List<String> firstKeys = new ArrayList<>();

        private Finder(QueryText query, boolean fold) {
            this.fold = fold;
            this.terms = query.wanted();
            for (Term term : terms) {
                List<Words.Token> t = Words.tokens(term.text(), fold);
                tokens.add(t);
                firstKeys.add(t.isEmpty() ? null : t.get(0).key());
            }
        }

        public boolean wantsNothing() {
            return terms.isEmpty();
        }

        /** Where the wanted words occur in {@code value}, as the index would match them, and which were found. */
        public Found find(String value) {
            if (value == null || terms.isEmpty()) {
                return Found.NONE;
            }
            String key = Words.key(value, fold);
            List<Words.Token> valueTokens = null;
            List<int[]> spans = null;
            List<String> found = null;
            for (int i = 0; i < terms.size(); i++) {
                String first = firstKeys.get(i);
                // Most values hold none of the words: a substring test spares cutting them into words.
                if (first == null || !key.contains(first)) {
                    continue;
                }
                if (valueTokens == null) {
                    valueTokens = Words.tokens(value, fold);
                }
                List<int[]> at = Words.find(valueTokens, tokens.get(i), terms.get(i).prefix());
                if (!at.isEmpty()) {
                    spans = spans == null ? new ArrayList<>() : spans;
                    found = found == null ? new ArrayList<>() : found;
                    spans.addAll(at);
                    found.add(terms.get(i).text());
                }
            }
            return found == null ? Found.NONE : new Found(spans, found);
        }
    }

    /** Where wanted words occur in a value, and which. */
    public record Found(List<int[]> spans, List<String> terms) {

        static final Found NONE = new Found(List.of(), List.of());

        public boolean any() {
            return !terms.isEmpty();
        }
    }

    /** Whether a word the researcher typed is, in any case, the same as {@code form}. */
    public boolean typed(String form) {
        String f = form.toLowerCase(Locale.ROOT);
        return terms.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(f));
    }

    /** Inside quotes only words count: operator characters would end the phrase early. */
    private static String phraseText(String phrase) {
        return SPACES.matcher(PHRASE_OPERATORS.matcher(phrase).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * Characters that simple_query_string reads as operators are taken as text, except one trailing
     * {@code *} after enough letters: a prefix of one or two letters would match half the archive.
     */
    private static String wordText(String word) {
        boolean prefix = word.endsWith("*");
        String core = WORD_OPERATORS.matcher(word).replaceAll("");
        int dashes = 0;
        while (dashes < core.length() && core.charAt(dashes) == '-') {
            dashes++;
        }
        core = core.substring(dashes);
        if (core.isEmpty()) {
            return "";
        }
        long letters = core.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters == 0) {
            return "";
        }
        return prefix && letters >= MIN_PREFIX_LETTERS ? core + "*" : core;
    }
}
