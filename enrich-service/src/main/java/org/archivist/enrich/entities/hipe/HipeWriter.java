package org.archivist.enrich.entities.hipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes predictions in the HIPE TSV format: the input's header, comment lines, tokens and MISC column, the
 * NE-COARSE-LIT column from the predicted spans, and {@code _} in the columns nothing predicted.
 */
public final class HipeWriter {

    private HipeWriter() {
    }

    public static void write(Path path, HipeFile file, List<List<HipeSpan>> predicted) throws IOException {
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(writer, file, predicted);
        }
    }

    public static String toString(HipeFile file, List<List<HipeSpan>> predicted) {
        StringBuilder out = new StringBuilder();
        try {
            write(out, file, predicted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @param predicted for each document of {@code file}, in order, its spans */
    public static void write(Appendable out, HipeFile file, List<List<HipeSpan>> predicted) throws IOException {
        if (predicted.size() != file.documents().size()) {
            throw new IllegalArgumentException(predicted.size() + " predictions for " + file.documents().size()
                    + " documents");
        }
        int coarse = file.columnIndex(HipeFile.NE_COARSE_LIT);
        int misc = file.columns().size() - 1;
        out.append(String.join("\t", file.columns())).append('\n');
        for (int d = 0; d < file.documents().size(); d++) {
            HipeDocument document = file.documents().get(d);
            if (d > 0) {
                out.append('\n');
            }
            for (String line : document.metadataLines()) {
                out.append(line).append('\n');
            }
            List<String> tags = HipeSpan.toTags(predicted.get(d), document.tokens().size());
            for (int t = 0; t < document.tokens().size(); t++) {
                HipeToken token = document.tokens().get(t);
                for (int c = 0; c <= misc; c++) {
                    if (c > 0) {
                        out.append('\t');
                    }
                    out.append(c == 0 || c == misc ? token.columns().get(c) : c == coarse ? tags.get(t) : "_");
                }
                out.append('\n');
            }
        }
    }
}
