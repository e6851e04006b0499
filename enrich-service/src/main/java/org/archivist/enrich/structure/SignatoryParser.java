package org.archivist.enrich.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.events.Signatory;

/**
 * Finds a list of signatories: at least three short lines in a row, each a name followed by one or more
 * places ("Moskovskiy, Russia.", "Hartz, Germany, Hamburg.", "L. Bersyn, Lettland [Latvia]."), under an
 * optional heading that ends with a colon ("The International Group of Communists:"). Plain Java.
 */
public final class SignatoryParser {

    private static final int MIN_LINES = 3;
    private static final int MAX_LINE = 90;
    private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String PARTICLE = "von|van|de|der|den|di|da|du|la|le|ten|ter";
    private static final Pattern NAME = Pattern.compile("(?:" + WORD + "|\\p{Lu}\\.?)(?:\\s+(?:" + WORD + "|\\p{Lu}\\.?|"
            + PARTICLE + ")){0,4}");
    private static final Pattern PLACE = Pattern.compile("(\\p{Lu}[\\p{L}'’. -]*?)\\s*(?:\\[([^\\]]+)\\])?");
    private static final Pattern HEADING = Pattern.compile("^\\s*(\\p{Lu}[^:]{2,80}):\\s*$");

    private SignatoryParser() {
    }

    /** The signatories, and the lines they stand on (with their heading), or an empty list and null. */
    public record Found(List<Signatory> signatories, Span span) {
    }

    public static List<Signatory> find(String text) {
        return locate(text).signatories();
    }

    public static Found locate(String text) {
        String[] lines = text.split("\n", -1);
        int[] lineStarts = new int[lines.length + 1];
        for (int k = 0; k < lines.length; k++) {
            lineStarts[k + 1] = lineStarts[k] + lines[k].length() + 1;
        }
        Found best = new Found(List.of(), null);
        int i = 0;
        while (i < lines.length) {
            List<Signatory> run = new ArrayList<>();
            int j = i;
            while (j < lines.length) {
                Signatory signatory = parse(lines[j], null);
                if (signatory == null) {
                    break;
                }
                run.add(signatory);
                j++;
            }
            if (run.size() >= MIN_LINES && run.size() > best.signatories().size()) {
                int headingLine = heading(lines, i);
                String group = headingLine < 0 ? null : HEADING.matcher(lines[headingLine]).replaceFirst("$1").strip();
                int start = lineStarts[headingLine < 0 ? i : headingLine];
                best = new Found(run.stream().map(s -> new Signatory(s.name(), s.places(), group)).toList(),
                        new Span(start, lineStarts[j - 1] + lines[j - 1].length()));
            }
            i = Math.max(j, i + 1);
        }
        return best;
    }

    /** The line "X:" just above the list (blank lines between allowed), or -1. */
    private static int heading(String[] lines, int listStart) {
        for (int k = listStart - 1; k >= 0 && k >= listStart - 3; k--) {
            if (lines[k].isBlank()) {
                continue;
            }
            return HEADING.matcher(lines[k]).matches() ? k : -1;
        }
        return -1;
    }

    static Signatory parse(String line, String group) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > MAX_LINE) {
            return null;
        }
        if (l.endsWith(".")) {
            l = l.substring(0, l.length() - 1);
        }
        String[] parts = l.split("\\s*,\\s*");
        if (parts.length < 2 || !NAME.matcher(parts[0]).matches()) {
            return null;
        }
        List<Signatory.Place> places = new ArrayList<>();
        for (int p = 1; p < parts.length; p++) {
            Matcher m = PLACE.matcher(parts[p]);
            if (!m.matches() || m.group(1).split("\\s+").length > 4) {
                return null;
            }
            places.add(new Signatory.Place(m.group(1).strip(), m.group(2) == null ? null : m.group(2).strip()));
        }
        return new Signatory(parts[0], places, group);
    }
}
