package org.archivist.search.query;

import java.util.List;

/** A search as sent: every parameter as its raw text, null or empty when not given. */
public record SearchParameters(
        String q,
        String page,
        String size,
        String cursor,
        String sort,
        List<String> persons,
        List<String> places,
        List<String> organisations,
        List<String> entities,
        List<String> periodicals,
        List<String> languages,
        List<String> collections,
        List<String> tags,
        String from,
        String to,
        String hasFootnotes,
        String facets) {

    public SearchParameters {
        persons = persons == null ? List.of() : List.copyOf(persons);
        places = places == null ? List.of() : List.copyOf(places);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        entities = entities == null ? List.of() : List.copyOf(entities);
        periodicals = periodicals == null ? List.of() : List.copyOf(periodicals);
        languages = languages == null ? List.of() : List.copyOf(languages);
        collections = collections == null ? List.of() : List.copyOf(collections);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Only a query, as the simplest callers send it. */
    public static SearchParameters query(String q) {
        return new SearchParameters(q, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
