package org.archivist.enrich.structure;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.events.SourceCitation;

/**
 * Finds the source citation of a transcription: a line that says where the text was taken from, with the
 * periodical, and usually a volume, a number and an issue date. Plain Java.
 *
 * <p>Forms it reads: "Text taken from the Vol. 11 No. 11 issue of the Workers' Dreadnought (31 May 1924)",
 * "Source: Workers' Dreadnought, Vol. 11, No. 11, 31 May 1924", "First published in The Communist, vol. 3,
 * no. 12, 1921", "From *The Worker*, vol. VIII, no. 32, 22 October 1921", "Originally published in Pravda,
 * March 14, 1923". Citations usually close a page, so the last one found wins.
 */
public final class CitationParser {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    private static final Pattern CUE = Pattern.compile("(?i)\\b(text taken from|taken from|source\\s*:|"
            + "(?:first |originally )?published in|reprinted from|transcribed from|from)\\s+");
    private static final Pattern ISSUE_OF = Pattern.compile("(?i)\\bissue of\\s+(?:the\\s+)?([^(,;\\n]+?)\\s*(?:\\(|,|;|\\.\\s|\\.?$)");
    private static final Pattern VOLUME = Pattern.compile("(?i)\\bvol(?:ume)?\\.?\\s*([0-9]{1,4}|[IVXLCDM]{1,8})\\b");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\b(?:no|nr|number|issue)\\.?\\s*([0-9]{1,5})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b([0-9]{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS
            + ")\\.?,?\\s+([0-9]{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS
            + ")\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b([0-9]{4})-([0-9]{2})-([0-9]{2})\\b");

    private CitationParser() {
    }

    public static Optional<SourceCitation> find(String text) {
        SourceCitation found = null;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            SourceCitation citation = parseLine(line, offset);
            if (citation != null) {
                found = citation;
            }
            offset += line.length() + 1;
        }
        return Optional.ofNullable(found);
    }

    static SourceCitation parseLine(String line, int lineStart) {
        Matcher cue = CUE.matcher(line);
        if (!cue.find()) {
            return null;
        }
        String rest = line.substring(cue.end());
        String periodical = periodical(rest);
        Integer volume = VOLUME.matcher(rest).results().findFirst().map(m -> toInt(m.group(1))).orElse(null);
        Integer number = NUMBER.matcher(rest).results().findFirst().map(m -> Integer.parseInt(m.group(1))).orElse(null);
        LocalDate date = date(rest);
        // A citation names a periodical and at least one of volume, number or date; "from" alone is prose.
        if (periodical == null || (volume == null && number == null && date == null)) {
            return null;
        }
        int start = cue.start();
        String cited = line.substring(start).strip();
        return new SourceCitation(periodical, volume, number, date, cited, lineStart + start);
    }

    private static String periodical(String rest) {
        Matcher issueOf = ISSUE_OF.matcher(rest);
        String name;
        if (issueOf.find()) {
            name = issueOf.group(1);
        } else {
            // "Workers' Dreadnought, Vol. 11" / "*The Worker*, vol. VIII" / "Pravda, March 14, 1923"
            String head = rest.split("[,(;]|\\s+(?i:vol|no|on)\\b\\.?", 2)[0];
            name = head;
        }
        name = name.replaceAll("[*_]", "").strip();
        name = name.replaceFirst("(?i)^the\\s+(?=[A-Z])", "");
        name = name.replaceFirst("[.:]+$", "").strip();
        if (name.isEmpty() || name.length() > 120 || !Character.isUpperCase(name.codePointAt(0))) {
            return null;
        }
        return name;
    }

    private static LocalDate date(String rest) {
        Matcher m = DAY_MONTH_YEAR.matcher(rest);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(rest);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = ISO_DATE.matcher(rest);
        if (m.find()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return null;
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static int toInt(String numeral) {
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (Character.toUpperCase(numeral.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                default -> 1000;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
