package org.archivist.search.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.archivist.search.query.SearchResult;

/**
 * What the search page shows: the hits with their highlighted passages and the spellings they matched
 * through, the facets as links that add or remove a filter, the year histogram, and the pages.
 */
public record SearchView(SearchState state, long total, List<HitView> hits, List<Chip> chips, List<FacetGroup> facets,
        List<YearBar> years, List<PageLink> pages, String previous, String next) {

    /** A filter in force, named as the facets name it, with the link that removes it. */
    public record Chip(String filter, String label, String removeLink) {
    }

    /**
     * @param passages each highlighted passage, as pieces
     * @param via      "matched Myasnikov via Miasnikov": each spelling the hit matched only through a variant
     */
    public record HitView(String id, String title, String periodical, String issueDate, List<List<Snippet.Piece>> passages,
            List<List<Snippet.Piece>> inNotes, List<String> via) {
    }

    /** @param name the filter parameter; label what the page calls it */
    public record FacetGroup(String name, String label, List<FacetLink> values) {
    }

    /** @param link adds the value, or removes it when {@code selected}; value is what the filter holds */
    public record FacetLink(String label, long count, boolean selected, String link, String removeValue) {
    }

    public record PageLink(int number, String link, boolean current) {
    }

    private static final Map<String, String> LABELS = Map.of("person", "People", "place", "Places",
            "organisation", "Organisations", "entity", "Entities", "periodical", "Periodicals", "language", "Languages");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^-?\\d{1,4}");

    /** How many page links around the current one. */
    private static final int PAGE_SPAN = 4;

    public static SearchView of(SearchState state, SearchResult result) {
        List<HitView> hits = new ArrayList<>();
        for (SearchResult.Hit hit : result.hits()) {
            Map<String, List<String>> highlights = hit.highlights() == null ? Map.of() : hit.highlights();
            List<List<Snippet.Piece>> passages = highlights.getOrDefault("text", List.of()).stream()
                    .map(Snippet::pieces).toList();
            List<List<Snippet.Piece>> notes = highlights.getOrDefault("footnotes", List.of()).stream()
                    .map(Snippet::pieces).toList();
            List<String> via = hit.matchedVia() == null ? List.of() : hit.matchedVia().stream()
                    .map(v -> "matched " + v.query() + " via " + v.variant()).distinct().toList();
            hits.add(new HitView(hit.id(), hit.title() == null || hit.title().isBlank() ? "(untitled)" : hit.title(),
                    hit.periodical(), hit.issueDate() == null ? null : hit.issueDate().toString(), passages, notes, via));
        }
        List<FacetGroup> facets = new ArrayList<>();
        List<YearBar> years = List.of();
        SearchResult.Facets f = result.facets();
        if (f != null) {
            Map<String, List<SearchResult.Bucket>> groups = new LinkedHashMap<>();
            groups.put("person", f.persons());
            groups.put("place", f.places());
            groups.put("organisation", f.organisations());
            groups.put("periodical", f.periodicals());
            groups.put("language", f.languages());
            groups.forEach((name, buckets) -> facets.add(group(state, name, buckets)));
            Map<Integer, Long> counts = new LinkedHashMap<>();
            for (SearchResult.Bucket bucket : f.years() == null ? List.<SearchResult.Bucket>of() : f.years()) {
                Integer year = year(bucket.value());
                if (year != null && bucket.count() > 0) {
                    counts.merge(year, bucket.count(), Long::sum);
                }
            }
            years = YearBar.of(counts);
        }
        int size = Math.max(1, result.size());
        int lastPage = lastPage(result.total(), size);
        List<PageLink> pages = new ArrayList<>();
        if (lastPage > 0) {
            for (int n = Math.max(0, state.page() - PAGE_SPAN); n <= Math.min(lastPage, state.page() + PAGE_SPAN); n++) {
                pages.add(new PageLink(n + 1, state.onPage(n), n == state.page()));
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (FacetGroup group : facets) {
            for (int i = 0; i < group.values().size(); i++) {
                FacetLink link = group.values().get(i);
                if (link.selected()) {
                    labels.put(group.name() + "\u0000" + link.removeValue(), link.label());
                }
            }
        }
        List<Chip> chips = new ArrayList<>();
        for (SearchState.ActiveFilter active : state.active()) {
            String label = labels.getOrDefault(active.name() + "\u0000" + active.value(), active.value());
            chips.add(new Chip(LABELS.getOrDefault(active.name(), "Issued"), label, active.removeLink()));
        }
        // A page past the last (an old bookmark) still leads back to the last one.
        return new SearchView(state, result.total(), hits, chips, facets, years, pages,
                state.page() > 0 ? state.onPage(Math.min(state.page() - 1, lastPage)) : null,
                state.page() < lastPage ? state.onPage(state.page() + 1) : null);
    }

    public int firstYear() {
        return years.isEmpty() ? 0 : years.get(0).year();
    }

    public int lastYear() {
        return years.isEmpty() ? 0 : years.get(years.size() - 1).year();
    }

    /** The page with no result, for a search that could not be run: the form stays, with what the user sent. */
    public static SearchView empty(SearchState state) {
        List<Chip> chips = state.active().stream()
                .map(a -> new Chip(LABELS.getOrDefault(a.name(), "Issued"), a.value(), a.removeLink())).toList();
        return new SearchView(state, 0, List.of(), chips, List.of(), List.of(), List.of(), null, null);
    }

    /** The last page that paging by number reaches: Elasticsearch's window stops at 10,000 hits. */
    static int lastPage(long total, int size) {
        if (total <= 0) {
            return 0;
        }
        return (int) Math.min((total - 1) / size, (10_000 / size) - 1);
    }

    private static FacetGroup group(SearchState state, String name, List<SearchResult.Bucket> buckets) {
        List<FacetLink> links = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (SearchResult.Bucket bucket : buckets == null ? List.<SearchResult.Bucket>of() : buckets) {
            boolean selected = state.has(name, bucket.value());
            links.add(new FacetLink(bucket.label() == null ? bucket.value() : bucket.label(), bucket.count(), selected,
                    selected ? state.without(name, bucket.value()) : state.with(name, bucket.value()), bucket.value()));
            shown.add(bucket.value());
        }
        // A filter in force stays removable from its group even when the facet no longer lists it.
        for (String value : state.values(name)) {
            if (!shown.contains(value)) {
                links.add(0, new FacetLink(value, 0, true, state.without(name, value), value));
            }
        }
        return new FacetGroup(name, LABELS.get(name), links);
    }

    private static Integer year(String value) {
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher m = YEAR.matcher(value.strip());
        return m.find() ? Integer.valueOf(m.group()) : null;
    }
}
