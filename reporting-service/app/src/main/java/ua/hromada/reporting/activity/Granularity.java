package ua.hromada.reporting.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.InvalidInputException;

/** The steps of a metric's time series. */
enum Granularity {
    MONTH(1, ReportingPeriod.Form.MONTH), QUARTER(3, ReportingPeriod.Form.QUARTER), YEAR(12, ReportingPeriod.Form.YEAR);

    /** A series longer than this is a mistake rather than a question (50 years by month). */
    private static final int MAX_POINTS = 600;

    private final int months;
    private final ReportingPeriod.Form form;

    Granularity(int months, ReportingPeriod.Form form) {
        this.months = months;
        this.form = form;
    }

    static Granularity parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid_granularity", "granularity",
                    "granularity '" + text + "' is none of month, quarter, year.");
        }
    }

    /** The calendar months, quarters or years that overlap {@code whole}, each cut to it. */
    List<ReportingPeriod> split(ReportingPeriod whole) {
        List<ReportingPeriod> parts = new ArrayList<>();
        LocalDate start = whole.from().withDayOfMonth(1);
        start = start.withMonth(((start.getMonthValue() - 1) / months) * months + 1);
        while (!start.isAfter(whole.to())) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            LocalDate from = start.isBefore(whole.from()) ? whole.from() : start;
            LocalDate to = end.isAfter(whole.to()) ? whole.to() : end;
            boolean complete = from.equals(start) && to.equals(end);
            parts.add(new ReportingPeriod(complete ? form : ReportingPeriod.Form.RANGE, from, to));
            if (parts.size() > MAX_POINTS) {
                throw new BusinessRuleViolationException("too_many_points", "granularity",
                        "The series would have more than " + MAX_POINTS + " points; choose a coarser granularity.");
            }
            start = start.plusMonths(months);
        }
        return parts;
    }
}
