package org.archivist.enrich.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute dates in a text, normalised to ISO 8601: a day ("25 May 1923", "May 25, 1923", "the 12th of June,
 * 1911", "25. Mai 1923", "25 de mayo de 1923" → 1923-05-25), a month ("March, 1923" → 1923-03), a range
 * ("March-April 1922" → 1922-03/1922-04, "1914-1918" → 1914/1918, "25-27 May 1923"), a season and a year
 * in a date's context ("in 1923" → 1923).
 *
 * <p>Every date has a year: "on the 25th" or "in February of that year" are relative and left alone, and so
 * is a number that only looks like a year ("1923 members"). English month names count only when
 * capitalised ("may", "march" are verbs); German, French, Spanish and Italian ones in either case.
 *
 * <p>A season is the astronomical one, with fixed equinox and solstice days (they move by a day between
 * years): spring 03-20/06-20, summer 06-21/09-22, autumn ("the Fall of 1923") 09-23/12-21, winter
 * 12-22/03-19 of the next year, so "the winter of 1923" is the one that begins in December 1923.
 */
public final class DateFinder {

    public static final String TYPE = "date";
    public static final String METHOD = "date";

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, String> SEASONS = Map.of(
            "spring", "%d-03-20/%d-06-20",
            "summer", "%d-06-21/%d-09-22",
            "fall", "%d-09-23/%d-12-21",
            "autumn", "%d-09-23/%d-12-21",
            "winter", "%d-12-22/%d-03-19");

    private static final String YEAR = "(?<!\\d)(?:1\\d|20)\\d\\d(?![\\d,.]\\d)";
    private static final String MONTH = "(?<!\\p{L})\\p{L}{3,10}\\.?";
    private static final String DAY = "(?<![\\d.,])\\d{1,2}(?:st|nd|rd|th|d|er|°|\\.)?(?!\\d)";
    private static final String WEEKDAY =
            "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?:the\\s+)?)?";
    private static final String COMMA = "(?:\\s*,)?";
    private static final String ANNO = "(?:A\\.\\s?D\\.?,?\\s*)?";
    private static final String DAYS = "(?<d>" + DAY + ")(?:\\s*[-–]\\s*(?<d2>" + DAY + "))?";
    // "1923 members" is a count: a year in a date's context is not followed by a plural noun
    private static final String NO_COUNT = "(?!\\s+(?!(?:was|has|is|does)\\b)"
            + "(?:\\p{Ll}+s|men|women|people|children|head|feet)\\b)";

    private enum Form {
        DAY_MONTH_YEAR(WEEKDAY + DAYS + "(?:\\s+day)?(?:\\s+of)?\\s+(?:de\\s+)?(?<m>" + MONTH + ")" + COMMA
                + "\\s+(?:(?:de|del|of)\\s+)?" + ANNO + "(?<y>" + YEAR + ")"),
        MONTH_DAY_YEAR(WEEKDAY + "(?<m>" + MONTH + ")" + COMMA + "\\s+" + DAYS + COMMA + "\\s*" + ANNO
                + "(?<y>" + YEAR + ")"),
        MONTH_RANGE("(?<m>" + MONTH + ")\\s*[-–/]\\s*(?<m2>" + MONTH + ")" + COMMA + "\\s+(?:of\\s+|de\\s+)?"
                + "(?<y>" + YEAR + ")"),
        MONTH_YEAR("(?<m>" + MONTH + ")" + COMMA + "\\s+(?:of\\s+|de\\s+|del\\s+)?" + ANNO + "(?<y>" + YEAR + ")"),
        SEASON("(?<!\\p{L})(?<s>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|SPRING|SUMMER|FALL|AUTUMN|WINTER)"
                + "(?:\\s+of)?,?\\s+(?<y>" + YEAR + ")"),
        ISO("(?<!\\d)(?<y>(?:1\\d|20)\\d\\d)-(?<mo>\\d\\d)-(?<dd>\\d\\d)(?!\\d)"),
        NUMERIC("(?<![\\d.])(?<dd>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>(?:1\\d|20)\\d\\d)(?![\\d.]\\d)"),
        YEAR_RANGE("(?<y>" + YEAR + ")\\s*[-–]\\s*(?<y2>\\d{4}|\\d{2})(?![\\d-–])"),
        FROM_YEAR_TO_YEAR("(?<=(?<!\\p{L})(?:[Ff]rom|[Bb]etween)\\s)(?<y>" + YEAR + ")\\s+(?:to|till|until|and)\\s+"
                + "(?<y2>" + YEAR + ")"),
        YEAR_IN_CONTEXT("(?<=(?<!\\p{L})(?:[Ii]n|of|since|until|till|before|after|during|from|to|by|[Yy]ear)\\s)"
                + "(?<y>" + YEAR + ")(?!\\s*[-–]\\s*\\d)" + NO_COUNT);

        final Pattern pattern;

        Form(String regex) {
            this.pattern = Pattern.compile(regex);
        }
    }

    // "p. 1914-1918" is a page range, "No. 1914" a number
    private static final Pattern NOT_A_DATE_BEFORE =
            Pattern.compile("(?:\\b(?:pp?|[Nn]os?|[Vv]ol|[Nn]r)\\.?|[$£#§])\\s*$");

    private DateFinder() {
    }

    // Every form has a year: where none is, no date is, and the forms' patterns need not be tried there.
    private static final Pattern YEAR_DIGITS = Pattern.compile("(?:1\\d|20)\\d\\d");
    /** The most characters a date reaches before the first digit of its year ("Wednesday, the 25th day of ..."). */
    static final int BEFORE_YEAR = 150;
    /** The most characters a date reaches after its year's end: a range's second year has a window of its own. */
    static final int AFTER_YEAR = 40;

    public static List<Mention> find(String text) {
        return find(text, yearWindows(text));
    }

    /**
     * The dates in the given parts of a text ({@code [from, to)} pairs, in order, not overlapping). The patterns
     * look around a part's bounds as they would in the whole text, so a date inside one is found as in the whole.
     */
    static List<Mention> find(String text, List<int[]> parts) {
        List<Mention> found = new ArrayList<>();
        for (Form form : Form.values()) {
            Matcher matcher = form.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] part : parts) {
                int from = part[0];
                while (from < part[1] && matcher.region(from, part[1]).find()) {
                    String normalised = normalise(form, matcher);
                    if (normalised != null && !afterNumberSign(text, matcher.start())) {
                        found.add(new Mention(TYPE, matcher.start(), matcher.end(), matcher.group(), METHOD,
                                form == Form.YEAR_IN_CONTEXT ? 0.8 : 0.95, normalised));
                        from = matcher.end();
                    } else {
                        from = matcher.start() + 1;
                    }
                }
            }
        }
        return longestFirst(found);
    }

    /**
     * The parts of a text around the digits of a possible year, {@link #BEFORE_YEAR} before and
     * {@link #AFTER_YEAR} after, overlapping ones joined: the only places a date can be. Most of a text has no
     * year, and the date patterns, tried at every position, were a sixth of enrichment's time without this.
     */
    static List<int[]> yearWindows(String text) {
        List<int[]> windows = new ArrayList<>();
        Matcher year = YEAR_DIGITS.matcher(text);
        while (year.find()) {
            int from = Math.max(0, year.start() - BEFORE_YEAR);
            int to = Math.min(text.length(), year.end() + AFTER_YEAR);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }

    private static boolean afterNumberSign(String text, int start) {
        return NOT_A_DATE_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find();
    }

    private static String normalise(Form form, Matcher m) {
        int year = Integer.parseInt(m.group("y"));
        try {
            return switch (form) {
                case DAY_MONTH_YEAR, MONTH_DAY_YEAR -> {
                    Integer month = month(m.group("m"));
                    if (month == null) {
                        yield null;
                    }
                    String day = LocalDate.of(year, month, day(m.group("d"))).toString();
                    yield m.group("d2") == null ? day
                            : range(day, LocalDate.of(year, month, day(m.group("d2"))).toString());
                }
                case MONTH_RANGE -> {
                    Integer first = month(m.group("m"));
                    Integer last = month(m.group("m2"));
                    yield first == null || last == null || last <= first ? null
                            : yearMonth(year, first) + "/" + yearMonth(year, last);
                }
                case MONTH_YEAR -> {
                    Integer month = month(m.group("m"));
                    yield month == null ? null : yearMonth(year, month);
                }
                case SEASON -> {
                    String season = m.group("s").toLowerCase(Locale.ROOT);
                    yield String.format(Locale.ROOT, SEASONS.get(season), year,
                            season.equals("winter") ? year + 1 : year);
                }
                case ISO, NUMERIC -> LocalDate.of(year, Integer.parseInt(m.group("mo")),
                        Integer.parseInt(m.group("dd"))).toString();
                case YEAR_RANGE, FROM_YEAR_TO_YEAR -> {
                    String end = m.group("y2");
                    int last = end.length() == 2 ? year / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
                    yield last > year && last - year < 100 ? year + "/" + last : null;
                }
                case YEAR_IN_CONTEXT -> Integer.toString(year);
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String range(String first, String last) {
        return first.compareTo(last) < 0 ? first + "/" + last : null;
    }

    private static String yearMonth(int year, int month) {
        return String.format(Locale.ROOT, "%d-%02d", year, month);
    }

    private static int day(String day) {
        return Integer.parseInt(day.replaceAll("\\D", ""));
    }

    /** English month names must be capitalised (or in capitals); the other languages' may be lower case. */
    static Integer month(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String key = bare.toLowerCase(Locale.ROOT);
        Integer english = MONTHS.get("en:" + key);
        if (english != null && (bare.equals(capitalised(key)) || bare.equals(key.toUpperCase(Locale.ROOT)))) {
            return english;
        }
        return MONTHS.get("xx:" + key);
    }

    private static String capitalised(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        String[][] english = {
                {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < english.length; i++) {
            for (String name : english[i]) {
                months.put("en:" + name, i + 1);
            }
        }
        String[][] others = {
                {"januar", "jänner", "janvier", "enero", "gennaio"},
                {"februar", "février", "fevrier", "febrero", "febbraio"},
                {"märz", "maerz", "mars", "marzo"},
                {"avril", "abril", "aprile"},
                {"mai", "mayo", "maggio"},
                {"juni", "juin", "junio", "giugno"},
                {"juli", "juillet", "julio", "luglio"},
                {"aout", "août", "agosto"},
                {"septembre", "septiembre", "setiembre", "settembre"},
                {"oktober", "octobre", "octubre", "ottobre"},
                {"novembre", "noviembre"},
                {"dezember", "décembre", "decembre", "diciembre", "dicembre"}};
        for (int i = 0; i < others.length; i++) {
            for (String name : others[i]) {
                months.put("xx:" + name, i + 1);
            }
        }
        return months;
    }

    /** Where two dates overlap, the longer (then the earlier) one. */
    private static List<Mention> longestFirst(List<Mention> found) {
        List<Mention> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : ordered) {
            if (kept.stream().noneMatch(mention::overlaps)) {
                kept.add(mention);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
