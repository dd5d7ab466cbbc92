package org.newsarchive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day: "2022-03" is a month, not the first of March.
 * Filters and facets use the range of days it covers.
 */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY;
        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        switch (precision) {
            case YEAR -> { month = 0; day = 0; }
            case MONTH -> { checkMonth(month); day = 0; }
            case DAY -> {
                checkMonth(month);
                try { LocalDate.of(year, month, day); }
                catch (DateTimeException e) { throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "no such day: %04d-%02d-%02d", year, month, day)); }
            }
        }
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0, Precision.YEAR); }
    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0, Precision.MONTH); }
    public static PartialDate ofDay(int year, int month, int day) { return new PartialDate(year, month, day, Precision.DAY); }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything after the date part of an ISO
     * timestamp ({@code T12:00:00Z}) is ignored. Throws IllegalArgumentException with a readable reason.
     */
    public static PartialDate parse(String text) {
        if (text == null) throw new IllegalArgumentException("no date given");
        String s = text.strip();
        int t = s.indexOf('T');
        if (t == 10) s = s.substring(0, 10);
        Matcher m = ISO.matcher(s);
        if (!m.matches()) throw new IllegalArgumentException("not a date (want YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return ofYear(y);
        int mo = Integer.parseInt(m.group(2));
        if (m.group(3) == null) return ofMonth(y, mo);
        return ofDay(y, mo, Integer.parseInt(m.group(3)));
    }

    /** First day covered. */
    public LocalDate start() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** Last day covered (inclusive). */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> start();
        };
    }

    /** ISO text at its own precision: "2022", "2022-03" or "2022-03-30". */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : end().compareTo(o.end());
    }
}
