package org.archivist.enrich.entities.hipe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the HIPE shared task's TSV format: a header line, then per document {@code # key = value} lines and
 * one token per line; a blank line (or the next document's comment lines) ends a document.
 */
public final class HipeReader {

    private HipeReader() {
    }

    public static HipeFile read(Path path) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static HipeFile read(String tsv) {
        try {
            return read(new BufferedReader(new StringReader(tsv)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HipeFile read(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.startsWith(HipeFile.TOKEN + "\t")) {
            throw new IOException("not a HIPE file: the first line is not a header starting with TOKEN");
        }
        List<String> columns = Arrays.asList(header.split("\t", -1));
        List<HipeDocument> documents = new ArrayList<>();
        List<String> metadata = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                flush(documents, metadata, tokens);
            } else if (isComment(line)) {
                if (!tokens.isEmpty()) {
                    flush(documents, metadata, tokens);
                }
                metadata.add(line);
            } else {
                List<String> values = Arrays.asList(line.split("\t", -1));
                if (values.size() != columns.size()) {
                    throw new IOException("line " + lineNumber + " has " + values.size() + " columns, the header "
                            + columns.size());
                }
                tokens.add(values);
            }
        }
        flush(documents, metadata, tokens);
        return new HipeFile(columns, documents);
    }

    // "#" is also a token: its line starts "#\t", a comment's "# ".
    private static boolean isComment(String line) {
        return line.startsWith("#") && !line.startsWith("#\t");
    }

    private static void flush(List<HipeDocument> documents, List<String> metadata, List<List<String>> tokens) {
        if (!tokens.isEmpty()) {
            documents.add(HipeDocument.of(metadata, tokens));
            metadata.clear();
            tokens.clear();
        }
    }
}
