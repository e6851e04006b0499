package org.archivist.enrich.structure;

import java.time.LocalDate;
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

    private static final Pattern CUE = Pattern.compile("(?i)\\b(text taken from|taken from|source\\s*:|"
            + "(?:first |originally )?published in|reprinted from|transcribed from|publication\\s*:|quelle\\s*:|"
            + "erstveröffentlichung\\s*:|erschienen in|paru dans|publié dans|publicado en|from)\\s+");
    /** A citation line that starts with the periodical: "Solidarity, Vol. III, No. 7, January 27, 1912". */
    private static final Pattern BARE = Pattern.compile("^\\s*\\*?(\\p{Lu}[^,:;*\\n]{1,60})\\*?(?::[^,\\n]{1,80})?,\\s+"
            + "(?=(?i:vol|no|nr|n°|nº|№|number|volume)\\b|(?i:n°|nº|№))");
    private static final Pattern ISSUE_OF = Pattern.compile("(?i)\\bissue of\\s+(?:the\\s+)?([^(,;\\n]+?)\\s*(?:\\(|,|;|\\.\\s|\\.?$)");
    private static final Pattern VOLUME = Pattern.compile("(?i)\\bvol(?:ume)?\\.?\\s*([0-9]{1,4}|[IVXLCDM]{1,8})\\b"
            + "|\\b([0-9]{1,4}|[IVXLCDM]{1,8})\\.\\s*Jahrgang\\b");
    private static final Pattern NUMBER = Pattern.compile("(?i)(?:\\b(?:no|nr|number|issue|núm|num)\\.?|n°|nº|№)\\s*"
            + "([0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]{1,5})\\b");

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
        Matcher bare = BARE.matcher(line);
        String rest;
        String periodical;
        int start;
        if (cue.find()) {
            rest = line.substring(cue.end());
            periodical = periodical(rest);
            start = cue.start();
        } else if (line.length() <= 200 && bare.find()) {
            rest = line.substring(bare.end());
            periodical = bare.group(1).strip();
            start = bare.start(1);
        } else {
            return null;
        }
        Integer volume = VOLUME.matcher(rest).results().findFirst()
                .map(m -> toInt(m.group(1) != null ? m.group(1) : m.group(2))).filter(v -> v > 0).orElse(null);
        Integer number = NUMBER.matcher(rest).results().findFirst().map(m -> Integer.parseInt(m.group(1).replace(".", ""))).orElse(null);
        LocalDate date = Dates.find(rest);
        // A citation names a periodical and at least one of volume, number or date; "from" alone is prose.
        if (periodical == null || (volume == null && number == null && date == null)) {
            return null;
        }
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
        name = name.replaceFirst("^the\\s+(?=\\p{Lu})", ""); // "the Workers' Dreadnought", but "The Call"
        name = name.replaceFirst("[.:]+$", "").strip();
        if (name.isEmpty() || name.length() > 120 || !Character.isUpperCase(name.codePointAt(0))) {
            return null;
        }
        return name;
    }

    private static int toInt(String numeral) {
        return Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral) : Roman.value(numeral);
    }
}
