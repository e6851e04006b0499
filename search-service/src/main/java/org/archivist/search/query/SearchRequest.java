package org.archivist.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A validated search: the query (empty means every document), the filters, the order and the page.
 *
 * @param persons       entity ids or names (preferred label or any variant); a document must mention each
 * @param entities      entity ids of any type; a document must mention each
 * @param periodicals   a document must come from one of them; the same for languages and collections
 * @param tags          a document must carry each of them
 * @param hasFootnotes  null for either
 * @param page          zero-based page number; always 0 with a cursor
 * @param cursor        where a deep paging goes on, or null
 * @param facets        whether to count the facets of the result
 */
public record SearchRequest(
        QueryText query,
        List<String> persons,
        List<String> places,
        List<String> organisations,
        List<String> entities,
        List<String> periodicals,
        List<String> languages,
        List<String> collections,
        List<String> tags,
        DateRange issued,
        Boolean hasFootnotes,
        SearchSort sort,
        int page,
        int size,
        Cursor cursor,
        boolean facets) {

    /** Checks what a user sent; an {@link InvalidSearch} says what is wrong, in words, and names the parameter. */
    public static SearchRequest of(SearchParameters p, SearchLimits limits) {
        String q = p.q() == null ? "" : p.q().strip();
        if (q.length() > limits.maxQueryLength()) {
            throw new InvalidSearch("q", "The query is " + q.length() + " characters long; at most "
                    + limits.maxQueryLength() + " are allowed.");
        }
        requireNoControlCharacters("q", q);
        QueryText query = QueryText.parse(q);
        int page = number("page", p.page(), 0);
        int size = number("size", p.size(), 10);
        if (page < 0) {
            throw new InvalidSearch("page", "page starts at 0.");
        }
        if (size < 1 || size > limits.maxPageSize()) {
            throw new InvalidSearch("size", "size must be between 1 and " + limits.maxPageSize() + ".");
        }
        if ((long) (page + 1) * size > SearchLimits.MAX_RESULT_WINDOW) {
            throw new InvalidSearch("page", "Paging by page stops at result " + SearchLimits.MAX_RESULT_WINDOW
                    + "; go further with the cursor of the previous page, or narrow the search.");
        }
        SearchSort sort = SearchSort.of(p.sort());
        boolean facets = !Boolean.FALSE.equals(bool("facets", p.facets()));
        SearchRequest request = new SearchRequest(query,
                values("person", p.persons()), values("place", p.places()),
                values("organisation", p.organisations()), values("entity", p.entities()),
                values("periodical", p.periodicals()),
                values("language", p.languages()), values("collection", p.collections()), values("tag", p.tags()),
                DateRange.of(p.from(), p.to()), bool("hasFootnotes", p.hasFootnotes()), sort, page, size, null, facets);
        if (p.cursor() == null || p.cursor().isBlank()) {
            return request;
        }
        if (page != 0) {
            throw new InvalidSearch("cursor", "A cursor goes on from where it is: send it without page.");
        }
        Cursor cursor = Cursor.decode(p.cursor(), request.fingerprint());
        return new SearchRequest(query, request.persons, request.places, request.organisations, request.entities,
                request.periodicals,
                request.languages, request.collections, request.tags, request.issued, request.hasFootnotes, sort, 0,
                size, cursor, request.facets);
    }

    public boolean matchAll() {
        return query.isEmpty();
    }

    /** Every entity filter value, of any type. */
    public List<String> entityFilters() {
        List<String> all = new ArrayList<>(persons);
        all.addAll(places);
        all.addAll(organisations);
        all.addAll(entities);
        return all;
    }

    public int from() {
        return page * size;
    }

    /** The cursor that goes on after a hit with these sort values. */
    public Cursor next(List<Object> lastSortValues) {
        return new Cursor(fingerprint(), lastSortValues);
    }

    /** Identifies the words, filters and order, so that a cursor is only used for the search it came from. */
    String fingerprint() {
        String canonical = String.join("\u0001", query.syntax(), String.join("\u0002", persons),
                String.join("\u0002", places), String.join("\u0002", organisations), String.join("\u0002", entities),
                String.join("\u0002", periodicals),
                String.join("\u0002", languages), String.join("\u0002", collections), String.join("\u0002", tags),
                String.valueOf(issued.from()), String.valueOf(issued.to()), String.valueOf(hasFootnotes), sort.name());
        CRC32 crc = new CRC32();
        crc.update(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue()) + Integer.toHexString(canonical.hashCode());
    }

    private static List<String> values(String parameter, List<String> raw) {
        List<String> values = new ArrayList<>();
        for (String value : raw) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = value.strip();
            if (v.length() > SearchLimits.MAX_FILTER_LENGTH) {
                throw new InvalidSearch(parameter, parameter + " is at most " + SearchLimits.MAX_FILTER_LENGTH
                        + " characters long.");
            }
            requireNoControlCharacters(parameter, v);
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        if (values.size() > SearchLimits.MAX_FILTER_VALUES) {
            throw new InvalidSearch(parameter, "At most " + SearchLimits.MAX_FILTER_VALUES + " values of " + parameter
                    + " are allowed.");
        }
        return List.copyOf(values);
    }

    private static void requireNoControlCharacters(String parameter, String value) {
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new InvalidSearch(parameter, parameter + " contains control characters.");
        }
    }

    private static Boolean bool(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidSearch(parameter, parameter + " is true or false.");
        };
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
}
