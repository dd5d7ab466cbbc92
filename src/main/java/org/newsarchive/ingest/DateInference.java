package org.newsarchive.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsarchive.PartialDate;

/**
 * Infers the publication date of an article that has no date header, from its own words, and never pretends.
 *
 * <p>News text is full of dates, and most are not the day of publication: on OrangeSum the year of the first
 * explicit date ("le 13 novembre 2015") is the publication year for only 19 % of the articles that have one. So a
 * date in the text is taken only when the text says it is the present:
 * <ol>
 *   <li>an explicit date whose weekday agrees with the calendar ("mardi 5 juin 2024"): journalists name the weekday
 *       of days close to the one they write on. Asserted at month precision when introduced by "ce"/"aujourd'hui"
 *       ("ce mardi 5 juin 2024"), else at year precision;</li>
 *   <li>a dateline opening a paragraph ("PARIS, 30 mars 2022 -", "Le 30/03/2022 à 10h") — year precision;</li>
 *   <li>a year stated as the present ("2025 marque ainsi un tournant", "depuis le début de l'année 2020",
 *       "cette année 2019") — year precision.</li>
 * </ol>
 * A day without a year ("ce lundi 30 mars", "mardi 5 juin") refines a known year to the day only when its weekday
 * agrees with that year's calendar.
 */
public final class DateInference {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "lundi", DayOfWeek.MONDAY, "mardi", DayOfWeek.TUESDAY, "mercredi", DayOfWeek.WEDNESDAY,
            "jeudi", DayOfWeek.THURSDAY, "vendredi", DayOfWeek.FRIDAY, "samedi", DayOfWeek.SATURDAY,
            "dimanche", DayOfWeek.SUNDAY);
    private static final String MONTH = "(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)";
    private static final String WEEKDAY = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final String YEAR = "((?:19|20)\\d\\d)";

    /** "ce mardi 5 juin 2024", "mardi 5 juin 2024": group 1 present marker, 2 weekday, 3 day, 4 month, 5 year. */
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "(?:\\b(ce|aujourd'hui|aujourd’hui),?\\s+)?\\b" + WEEKDAY + "\\s+(1er|\\d{1,2})\\s+" + MONTH + "\\s+" + YEAR + "\\b");
    /** "ce lundi 30 mars" with no year after it. */
    private static final Pattern WEEKDAY_DAY = Pattern.compile(
            "\\b" + WEEKDAY + "\\s+(1er|\\d{1,2})\\s+" + MONTH + "\\b(?!\\s+(?:19|20)\\d\\d)");
    /** A paragraph opening with a date: "PARIS, 30 mars 2022 -", "Le 30/03/2022 à 10h", "30 mars 2022 :". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[\\p{L}][\\p{L} '’-]{1,40},\\s*|le\\s+|publie le\\s+)?(?:" + WEEKDAY + "\\s+)?"
                    + "(?:(1er|\\d{1,2})\\s+" + MONTH + "\\s+" + YEAR + "|(\\d{1,2})/(\\d{1,2})/" + YEAR + ")"
                    + "\\s*(?:[-–—:(]|a\\s+\\d|\\d{1,2}h)", Pattern.MULTILINE);
    /** A year spoken of as the present. */
    private static final Pattern PRESENT_YEAR = Pattern.compile(
            "\\b" + YEAR + "\\s+(?:marque|s'annonce|s’annonce)\\b"
                    + "|\\b(?:depuis le debut de l'annee|depuis le debut de l’annee|en ce debut d'annee|en ce debut d’annee|cette annee)\\s+" + YEAR + "\\b");

    /** Characters of context a rule may need before a year ("PARIS, mercredi 30 septembre ") and after it. */
    private static final int WINDOW_BEFORE = 100;
    private static final int WINDOW_AFTER = 20;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private DateInference() {}

    /** The date the text states as its present, or empty. */
    public static Optional<PartialDate> fromText(String text) {
        return fromFolded(fold(text));
    }

    /** {@link #fromText} for text already {@link #fold folded}. */
    public static Optional<PartialDate> fromFolded(String t) {
        // Every rule holds a year: the patterns run only around the years of the text, not over all of it.
        List<int[]> windows = yearWindows(t);
        if (windows.isEmpty()) return Optional.empty();
        Matcher m = within(WEEKDAY_DATE.matcher(t));
        for (int[] w : windows) {
            m.region(w[0], w[1]);
            while (m.find()) {
                LocalDate d = day(m.group(5), m.group(4), m.group(3));
                if (d == null || d.getDayOfWeek() != WEEKDAYS.get(m.group(2))) continue;
                return Optional.of(m.group(1) != null ? PartialDate.ofMonth(d.getYear(), d.getMonthValue()) : PartialDate.ofYear(d.getYear()));
            }
        }
        m = within(DATELINE.matcher(t));
        for (int[] w : windows) {
            m.region(w[0], w[1]);
            if (m.find()) {
                LocalDate d = m.group(4) != null ? day(m.group(4), m.group(3), m.group(2))
                        : day(m.group(7), m.group(6), m.group(5));
                if (d != null) return Optional.of(PartialDate.ofYear(d.getYear()));
            }
        }
        m = within(PRESENT_YEAR.matcher(t));
        for (int[] w : windows) {
            m.region(w[0], w[1]);
            if (m.find()) return Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))));
        }
        return Optional.empty();
    }

    /** Looks around a region as if it were the whole text: word boundaries and line starts stay true. */
    private static Matcher within(Matcher m) {
        return m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Text around each "19xx"/"20xx" standing alone: wide enough for the longest rule before and after it. */
    private static List<int[]> yearWindows(String t) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 4 <= t.length(); i++) {
            char c0 = t.charAt(i), c1 = t.charAt(i + 1);
            if (!((c0 == '1' && c1 == '9') || (c0 == '2' && c1 == '0'))) continue;
            if (!Character.isDigit(t.charAt(i + 2)) || !Character.isDigit(t.charAt(i + 3))) continue;
            if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) continue;
            if (i + 4 < t.length() && Character.isLetterOrDigit(t.charAt(i + 4))) continue;
            out.add(new int[] {Math.max(0, i - WINDOW_BEFORE), Math.min(t.length(), i + 4 + WINDOW_AFTER)});
        }
        return out;
    }

    /**
     * A year-precision date refined to the day by a weekday and day in the text that agree with that year's
     * calendar ("ce lundi 30 mars" in 2020); any other date is returned as it is.
     */
    public static PartialDate refine(PartialDate known, String text) {
        return refineFolded(known, fold(text));
    }

    /** {@link #refine} for text already {@link #fold folded}. */
    public static PartialDate refineFolded(PartialDate known, String folded) {
        if (known == null || known.precision() != PartialDate.Precision.YEAR) return known;
        Matcher m = WEEKDAY_DAY.matcher(folded);
        while (m.find()) {
            LocalDate d = day(String.valueOf(known.year()), m.group(3), m.group(2));
            if (d != null && d.getDayOfWeek() == WEEKDAYS.get(m.group(1))) {
                return PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
        }
        return known;
    }

    private static LocalDate day(String year, String monthText, String dayText) {
        Integer month = MONTHS.get(monthText);
        if (month == null) {
            try { month = Integer.parseInt(monthText); } catch (NumberFormatException e) { return null; }
        }
        int dayOfMonth = dayText.equals("1er") ? 1 : Integer.parseInt(dayText);
        try {
            return LocalDate.of(Integer.parseInt(year), month, dayOfMonth);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Lower case without accents, so "Août", "août" and "aout" read the same; offsets are not needed. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c < FOLDED.length) {
                out.append(FOLDED[c]);
            } else {
                // Rare scripts: the full decomposition, one character at a time.
                out.append(MARKS.matcher(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD))
                        .replaceAll("").toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** Latin letters up to U+024F folded once: most news text is in this range, and this is the hot path of ingest. */
    private static final String[] FOLDED = new String[0x250];
    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = MARKS.matcher(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD))
                    .replaceAll("").toLowerCase(Locale.ROOT);
        }
    }
}
