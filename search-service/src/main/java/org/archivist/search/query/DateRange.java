package org.archivist.search.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Bounds on the issue date, both inclusive, each null when open. A bound may be a year ("1924"), a month
 * ("1924-05") or a day ("1924-05-31"): {@code from} takes its first day, {@code to} its last.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ANY = new DateRange(null, null);

    static DateRange of(String from, String to) {
        LocalDate start = bound("from", from, false);
        LocalDate end = bound("to", to, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidSearch("from", "from (" + start + ") is after to (" + end + ").");
        }
        return start == null && end == null ? ANY : new DateRange(start, end);
    }

    public boolean open() {
        return from == null && to == null;
    }

    private static LocalDate bound(String parameter, String raw, boolean last) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return last ? month.atEndOfMonth() : month.atDay(1);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // falls through to the refusal
        }
        throw new InvalidSearch(parameter, parameter + " is a year (1924), a month (1924-05) or a day (1924-05-31).");
    }
}
