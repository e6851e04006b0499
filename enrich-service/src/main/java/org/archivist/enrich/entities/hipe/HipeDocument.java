package org.archivist.enrich.entities.hipe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document of a HIPE file: its {@code # key = value} lines, its tokens, and the text rebuilt from them.
 *
 * @param metadataLines the comment lines as written, without the newline
 * @param tokens        the token lines, each with its offsets in {@code text}
 * @param text          the tokens joined: a space after each, none with {@code NoSpaceAfter}, a newline
 *                      with {@code EndOfLine}
 */
public record HipeDocument(List<String> metadataLines, List<HipeToken> tokens, String text) {

    public HipeDocument {
        metadataLines = List.copyOf(metadataLines);
        tokens = List.copyOf(tokens);
    }

    public Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String line : metadataLines) {
            int equals = line.indexOf(" = ");
            if (equals > 0) {
                metadata.put(line.substring(1, equals).trim(), line.substring(equals + 3).trim());
            }
        }
        return metadata;
    }

    public String id() {
        return metadata().getOrDefault("hipe2022:document_id", metadata().get("document_id"));
    }

    public List<String> column(int index) {
        return tokens.stream().map(token -> token.columns().get(index)).toList();
    }

    /** Rebuilds the text from token lines, the way the HIPE format defines it. */
    public static HipeDocument of(List<String> metadataLines, List<List<String>> tokenLines) {
        StringBuilder text = new StringBuilder();
        List<HipeToken> tokens = new java.util.ArrayList<>(tokenLines.size());
        for (List<String> columns : tokenLines) {
            int start = text.length();
            text.append(columns.get(0));
            HipeToken token = new HipeToken(columns, start, text.length());
            tokens.add(token);
            if (token.endOfLine()) {
                text.append('\n');
            } else if (!token.noSpaceAfter()) {
                text.append(' ');
            }
        }
        return new HipeDocument(metadataLines, tokens, text.toString());
    }
}
