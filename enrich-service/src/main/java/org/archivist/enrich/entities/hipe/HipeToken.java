package org.archivist.enrich.entities.hipe;

import java.util.Arrays;
import java.util.List;

/**
 * One token line of a HIPE TSV file.
 *
 * @param columns every column of the line, the token first and MISC last, as in the file
 * @param start   inclusive character offset of the token in its document's text
 * @param end     exclusive character offset
 */
public record HipeToken(List<String> columns, int start, int end) {

    public HipeToken {
        columns = List.copyOf(columns);
    }

    public String text() {
        return columns.get(0);
    }

    public String misc() {
        return columns.get(columns.size() - 1);
    }

    public boolean hasMisc(String flag) {
        return Arrays.asList(misc().split("\\|")).contains(flag);
    }

    public boolean noSpaceAfter() {
        return hasMisc("NoSpaceAfter");
    }

    public boolean endOfLine() {
        return hasMisc("EndOfLine");
    }
}
