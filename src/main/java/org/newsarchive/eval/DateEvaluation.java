package org.newsarchive.eval;

import org.newsarchive.PartialDate;

/**
 * Inferred dates against the true dates: how often the year is right, the month is right, and a wrong date is
 * asserted (the true day lies outside the days the inferred date covers). Undated is never wrong, only unknown.
 */
public final class DateEvaluation {
    private long articles, dated, rightYear, rightMonth, rightDay, wrong;

    /** Adds one article: its true day and what was inferred (null when nothing was). */
    public void add(PartialDate truth, PartialDate inferred) {
        articles++;
        if (inferred == null) return;
        dated++;
        boolean covers = !truth.start().isBefore(inferred.start()) && !truth.start().isAfter(inferred.end());
        if (!covers) wrong++;
        if (inferred.year() != truth.year()) return;
        rightYear++;
        if (inferred.precision() == PartialDate.Precision.YEAR || inferred.month() != truth.month()) return;
        rightMonth++;
        if (inferred.precision() == PartialDate.Precision.DAY && inferred.day() == truth.day()) rightDay++;
    }

    public long articles() { return articles; }
    public long dated() { return dated; }
    public double rightYear() { return share(rightYear); }
    public double rightMonth() { return share(rightMonth); }
    public double rightDay() { return share(rightDay); }
    public double wrong() { return share(wrong); }

    private double share(long n) {
        return articles == 0 ? 0 : n / (double) articles;
    }

    /** One line of figures, shares of all articles evaluated. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d articles, %d dated (%.2f %%): right year %.2f %%, right month %.2f %%, right day %.2f %%, wrong date asserted %.2f %%",
                articles, dated, 100.0 * dated / Math.max(1, articles), 100 * rightYear(), 100 * rightMonth(),
                100 * rightDay(), 100 * wrong());
    }
}
