package org.archivist.search.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page of a deep paging starts: the sort values of the last hit of the page before, bound to
 * the search it came from. Opaque to clients (base64url); a cursor from another search is refused rather than
 * giving a wrong page.
 *
 * @param values the last hit's sort values: {@link String}, {@link Long}, {@link Double}, or null
 */
public record Cursor(String search, List<Object> values) {

    private static final String VERSION = "c1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public Cursor {
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    public String encode() {
        StringBuilder out = new StringBuilder(VERSION).append('\n').append(search);
        for (Object value : values) {
            out.append('\n');
            if (value == null) {
                out.append('n');
            } else if (value instanceof Long l) {
                out.append('l').append(l);
            } else if (value instanceof Double d) {
                out.append('d').append(Double.toString(d));
            } else if (value instanceof String s) {
                out.append('s').append(ENCODER.encodeToString(s.getBytes(StandardCharsets.UTF_8)));
            } else {
                throw new IllegalArgumentException("a sort value of type " + value.getClass());
            }
        }
        return ENCODER.encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor that {@link #encode()} wrote for the search with fingerprint {@code search}. */
    public static Cursor decode(String raw, String search) {
        String[] lines;
        try {
            lines = new String(DECODER.decode(raw.strip()), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (lines.length < 3 || !VERSION.equals(lines[0])) {
            throw invalid();
        }
        if (!lines[1].equals(search)) {
            throw new InvalidSearch("cursor", "This cursor belongs to another search (other words, filters or sort); "
                    + "start again without a cursor.");
        }
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 2; i < lines.length; i++) {
                String line = lines[i];
                if (line.isEmpty()) {
                    throw invalid();
                }
                String rest = line.substring(1);
                values.add(switch (line.charAt(0)) {
                    case 'n' -> null;
                    case 'l' -> Long.parseLong(rest);
                    case 'd' -> Double.parseDouble(rest);
                    case 's' -> new String(DECODER.decode(rest), StandardCharsets.UTF_8);
                    default -> throw invalid();
                });
            }
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        return new Cursor(search, values);
    }

    private static InvalidSearch invalid() {
        return new InvalidSearch("cursor", "The cursor is not one this service gave out.");
    }
}
