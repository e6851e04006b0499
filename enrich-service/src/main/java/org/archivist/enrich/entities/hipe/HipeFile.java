package org.archivist.enrich.entities.hipe;

import java.util.List;

/**
 * A HIPE TSV file: the header's column names and the documents.
 */
public record HipeFile(List<String> columns, List<HipeDocument> documents) {

    public static final String TOKEN = "TOKEN";
    public static final String NE_COARSE_LIT = "NE-COARSE-LIT";

    public HipeFile {
        columns = List.copyOf(columns);
        documents = List.copyOf(documents);
    }

    public int columnIndex(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        return index;
    }

    public int tokenCount() {
        return documents.stream().mapToInt(document -> document.tokens().size()).sum();
    }
}
