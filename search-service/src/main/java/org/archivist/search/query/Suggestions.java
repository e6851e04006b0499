package org.archivist.search.query;

import java.util.List;
import org.archivist.search.document.Suggestion;

/** What autocomplete offers for a prefix: entities first (by any of their names), then titles. */
public record Suggestions(String prefix, List<Suggestion> suggestions) {

    public static final int MAX_PREFIX_LENGTH = 100;

    /** The prefix as sent, checked. */
    public static String prefix(String raw) {
        String prefix = raw == null ? "" : raw.strip();
        if (prefix.isEmpty()) {
            throw new InvalidSearch("prefix", "prefix is required: the start of a name or title.");
        }
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            throw new InvalidSearch("prefix", "prefix is at most " + MAX_PREFIX_LENGTH + " characters long.");
        }
        if (prefix.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidSearch("prefix", "prefix contains control characters.");
        }
        return prefix;
    }

    public static int size(String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return Math.min(10, max);
        }
        try {
            int size = Integer.parseInt(raw.strip());
            if (size >= 1 && size <= max) {
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidSearch("size", "size must be between 1 and " + max + ".");
    }
}
