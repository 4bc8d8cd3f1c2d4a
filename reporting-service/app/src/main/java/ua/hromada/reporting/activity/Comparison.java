package ua.hromada.reporting.activity;

import java.util.Locale;

import ua.hromada.web.problem.InvalidInputException;

/** What a report compares its period with. */
enum Comparison {
    NONE, PREVIOUS_YEAR, PREVIOUS_PERIOD;

    static Comparison parse(String text) {
        if (text == null || text.isBlank() || text.equals("none")) {
            return NONE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "previous-year" -> PREVIOUS_YEAR;
            case "previous-period" -> PREVIOUS_PERIOD;
            default -> throw new InvalidInputException("invalid_compare", "compare",
                    "compare '" + text + "' is none of previous-year, previous-period, none.");
        };
    }

    ReportingPeriod of(ReportingPeriod period) {
        return switch (this) {
            case NONE -> null;
            case PREVIOUS_YEAR -> period.previousYear();
            case PREVIOUS_PERIOD -> period.previousPeriod();
        };
    }
}
