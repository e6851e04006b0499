package org.archivist.search.query;

/**
 * A validated search: free text in a forgiving syntax (blank means everything), and a page.
 *
 * @param page zero-based page number
 */
public record SearchRequest(String text, int page, int size) {

    public static final int MAX_RESULT_WINDOW = 10_000;

    /** Checks what a user sent; a {@link InvalidSearch} says what is wrong in words. */
    public static SearchRequest of(String text, String page, String size, int maxSize, int maxLength) {
        String q = text == null ? "" : text.strip();
        int p = number("page", page, 0);
        int s = number("size", size, 10);
        if (q.length() > maxLength) {
            throw new InvalidSearch("q", "The query is " + q.length() + " characters long; at most " + maxLength
                    + " are allowed.");
        }
        if (q.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new InvalidSearch("q", "The query contains control characters.");
        }
        if (p < 0) {
            throw new InvalidSearch("page", "page starts at 0.");
        }
        if (s < 1 || s > maxSize) {
            throw new InvalidSearch("size", "size must be between 1 and " + maxSize + ".");
        }
        if ((long) (p + 1) * s > MAX_RESULT_WINDOW) {
            throw new InvalidSearch("page", "Paging stops at result " + MAX_RESULT_WINDOW + "; narrow the search.");
        }
        return new SearchRequest(q, p, s);
    }

    private static int number(String parameter, String raw, int absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearch(parameter, parameter + " must be a whole number.");
        }
    }

    public boolean matchAll() {
        return text.isEmpty();
    }

    public int from() {
        return page * size;
    }
}
