package org.archivist.search.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search as the page's URL holds it, so that every search can be bookmarked and shared: the words, the
 * facet filters, the date range, the order and the page. Each link of the page (add a facet, remove one,
 * narrow the years, sort, turn the page) is this state with one thing changed.
 *
 * @param filters each filter parameter ({@link #FILTERS}) with its values, in the order given
 */
public record SearchState(String q, Map<String, List<String>> filters, String from, String to, String sort,
        int page) {

    /** The facet filters the page offers, as the search API names its parameters. */
    public static final List<String> FILTERS = List.of("person", "place", "organisation", "entity", "periodical",
            "language");

    public SearchState {
        q = q == null ? "" : q;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String name : FILTERS) {
            List<String> values = filters == null ? null : filters.get(name);
            if (values != null) {
                List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
                if (!kept.isEmpty()) {
                    copy.put(name, kept);
                }
            }
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        from = blankToNull(from);
        to = blankToNull(to);
        sort = blankToNull(sort);
        page = Math.max(0, page);
    }

    /** A filter in force, for the list of removable ones. */
    public record ActiveFilter(String name, String value, String removeLink) {
    }

    /** A name and value for a hidden field of the search form, so that a new query keeps the filters. */
    public record Field(String name, String value) {
    }

    public List<Field> filterFields() {
        List<Field> fields = new ArrayList<>();
        filters.forEach((name, values) -> values.forEach(v -> fields.add(new Field(name, v))));
        return fields;
    }

    public List<String> values(String filter) {
        return filters.getOrDefault(filter, List.of());
    }

    public boolean has(String filter, String value) {
        return values(filter).contains(value);
    }

    /** Whether anything narrows the result beyond the words. */
    public boolean filtered() {
        return !filters.isEmpty() || from != null || to != null;
    }

    public List<ActiveFilter> active() {
        List<ActiveFilter> active = new ArrayList<>();
        filters.forEach((name, values) -> values.forEach(v -> active.add(new ActiveFilter(name, v, without(name, v)))));
        if (from != null || to != null) {
            String range = (from == null ? "…" : from) + " – " + (to == null ? "…" : to);
            active.add(new ActiveFilter("issued", range, new SearchState(q, filters, null, null, sort, 0).link()));
        }
        return active;
    }

    /** The link that adds a facet value (back to the first page). */
    public String with(String filter, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(values(filter));
        if (!values.contains(value)) {
            values.add(value);
        }
        next.put(filter, values);
        return new SearchState(q, next, from, to, sort, 0).link();
    }

    /** The link that removes a facet value. */
    public String without(String filter, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(values(filter));
        values.remove(value);
        next.put(filter, values);
        return new SearchState(q, next, from, to, sort, 0).link();
    }

    /** The link that narrows the issue dates to these years. */
    public String years(int first, int last) {
        return new SearchState(q, filters, Integer.toString(Math.min(first, last)),
                Integer.toString(Math.max(first, last)), sort, 0).link();
    }

    public String onPage(int n) {
        return new SearchState(q, filters, from, to, sort, n).link();
    }

    public String sortedBy(String order) {
        return new SearchState(q, filters, from, to, order, 0).link();
    }

    /** The page's URL for this state: only what differs from the defaults. */
    public String link() {
        List<String> parts = new ArrayList<>();
        if (!q.isBlank()) {
            parts.add(pair("q", q));
        }
        filters.forEach((name, values) -> values.forEach(v -> parts.add(pair(name, v))));
        if (from != null) {
            parts.add(pair("from", from));
        }
        if (to != null) {
            parts.add(pair("to", to));
        }
        if (sort != null && !sort.equals("relevance")) {
            parts.add(pair("sort", sort));
        }
        if (page > 0) {
            parts.add(pair("page", Integer.toString(page)));
        }
        return "/search" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
