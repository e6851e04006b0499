package org.archivist.search.query;

/** A search request that cannot be run as sent. */
public class InvalidSearch extends RuntimeException {

    private final String parameter;

    public InvalidSearch(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
