package org.archivist.enrich.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as transcriptions write them: "31 May 1924", "April 29, 2025", "2025-04-29". Plain Java. */
final class Dates {

    /** Month names in English, German and French, and their usual abbreviations. */
    private static final Map<String, Integer> MONTH_NUMBERS = months(
            "january jan januar janvier", "february feb februar février fevrier",
            "march mar märz maerz mars", "april apr avril", "may mai",
            "june jun juni juin", "july jul juli juillet", "august aug août aout",
            "september sep sept septembre", "october oct oktober okt octobre",
            "november nov novembre", "december dec dezember dez décembre decembre",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre setiembre",
            "octubre", "noviembre", "diciembre");
    private static final String MONTHS = "(?i:" + String.join("|", MONTH_NUMBERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b([0-9]{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?("
            + MONTHS + ")\\.?,?\\s+(?:de\\s+)?([0-9]{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS
            + ")\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b([0-9]{4})-([0-9]{2})-([0-9]{2})\\b");
    private static final Pattern DAY_DOT_MONTH_YEAR = Pattern.compile("\\b([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})\\b");

    private Dates() {
    }

    /** The first date written in {@code text}, or null. "29.4.2025" and "29/04/2025" are read day first. */
    static LocalDate find(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = ISO_DATE.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = DAY_DOT_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTH_NUMBERS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> months(String... namesByMonth) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (int i = 0; i < namesByMonth.length; i++) {
            for (String name : namesByMonth[i].split(" ")) {
                numbers.put(name, i % 12 + 1);
            }
        }
        return Map.copyOf(numbers);
    }
}
