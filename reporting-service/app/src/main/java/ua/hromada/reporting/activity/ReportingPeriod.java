package ua.hromada.reporting.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ua.hromada.reporting.api.report.ReportPeriod;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.InvalidInputException;

/**
 * A period a report covers, in every form of the report contract: a year ({@code 2021}), a half ({@code 2021-H1}),
 * a quarter ({@code 2020-Q1}), a month ({@code 2021-03}) or a range of days ({@code from}/{@code to}, inclusive),
 * with its Ukrainian names and the periods it is compared with.
 */
public record ReportingPeriod(Form form, LocalDate from, LocalDate to) {

    enum Form { YEAR, HALF, QUARTER, MONTH, RANGE }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UKRAINIAN_DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String[] MONTHS_NOMINATIVE = {"січень", "лютий", "березень", "квітень", "травень", "червень",
            "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"};
    private static final String[] MONTHS_LOCATIVE = {"січні", "лютому", "березні", "квітні", "травні", "червні",
            "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні"};

    /** Reads {@code period}, or else {@code from} and {@code to}; names the parameter at fault when it can't. */
    public static ReportingPeriod parse(String period, String from, String to) {
        if (period != null && !period.isBlank()) {
            if (from != null || to != null) {
                throw new InvalidInputException("conflicting_parameters", "period",
                        "Give either period or from and to, not both.");
            }
            return parsePeriod(period.strip());
        }
        if (from == null || to == null) {
            throw new InvalidInputException("required", from == null ? "from" : "to",
                    "Give period (2021, 2021-H1, 2020-Q1, 2021-03) or both from and to (YYYY-MM-DD).");
        }
        LocalDate first = day(from, "from");
        LocalDate last = day(to, "to");
        if (last.isBefore(first)) {
            throw new BusinessRuleViolationException("dates_out_of_order", "to",
                    "to " + last + " is before from " + first + ".");
        }
        return new ReportingPeriod(Form.RANGE, first, last);
    }

    static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text.strip(), ISO_DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid_date", field,
                    field + " '" + text + "' is not a calendar date in the form YYYY-MM-DD.");
        }
    }

    private static ReportingPeriod parsePeriod(String text) {
        Matcher matcher;
        if ((matcher = YEAR.matcher(text)).matches()) {
            int year = Integer.parseInt(matcher.group(1));
            return new ReportingPeriod(Form.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((matcher = HALF.matcher(text)).matches()) {
            int year = Integer.parseInt(matcher.group(1));
            LocalDate first = LocalDate.of(year, matcher.group(2).equals("1") ? 1 : 7, 1);
            return new ReportingPeriod(Form.HALF, first, first.plusMonths(6).minusDays(1));
        }
        if ((matcher = QUARTER.matcher(text)).matches()) {
            int year = Integer.parseInt(matcher.group(1));
            LocalDate first = LocalDate.of(year, (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
            return new ReportingPeriod(Form.QUARTER, first, first.plusMonths(3).minusDays(1));
        }
        if ((matcher = MONTH.matcher(text)).matches()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidInputException("invalid_period", "period", "period '" + text
                        + "' names month " + month + "; months are 01 to 12.");
            }
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(matcher.group(1)), month);
            return new ReportingPeriod(Form.MONTH, yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        throw new InvalidInputException("invalid_period", "period", "period '" + text
                + "' is none of YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-MM.");
    }

    /** The same period one year earlier. */
    ReportingPeriod previousYear() {
        LocalDate first = from.minusYears(1);
        LocalDate last = form == Form.RANGE ? to.minusYears(1) : YearMonth.from(to.minusYears(1)).atEndOfMonth();
        return new ReportingPeriod(form, first, last);
    }

    /** The period of the same length just before this one (the previous quarter of a quarter, …). */
    ReportingPeriod previousPeriod() {
        return switch (form) {
            case YEAR -> previousYear();
            case HALF -> shiftedMonths(6);
            case QUARTER -> shiftedMonths(3);
            case MONTH -> shiftedMonths(1);
            case RANGE -> {
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                yield new ReportingPeriod(Form.RANGE, from.minusDays(days), from.minusDays(1));
            }
        };
    }

    private ReportingPeriod shiftedMonths(int months) {
        LocalDate first = from.minusMonths(months);
        return new ReportingPeriod(form, first, first.plusMonths(months).minusDays(1));
    }

    /** As the report's heading names it: "2021 рік", "I квартал 2020 року", "березень 2021 року". */
    String label() {
        int year = from.getYear();
        return switch (form) {
            case YEAR -> year + " рік";
            case HALF -> ROMAN[from.getMonthValue() == 1 ? 0 : 1] + " півріччя " + year + " року";
            case QUARTER -> ROMAN[(from.getMonthValue() - 1) / 3] + " квартал " + year + " року";
            case MONTH -> MONTHS_NOMINATIVE[from.getMonthValue() - 1] + " " + year + " року";
            case RANGE -> "період з " + from.format(UKRAINIAN_DAY) + " по " + to.format(UKRAINIAN_DAY);
        };
    }

    /** Short name for comparisons: "2020", "I кв. 2019", "03.2020", "01.02.2020–15.03.2020". */
    String shortLabel() {
        int year = from.getYear();
        return switch (form) {
            case YEAR -> String.valueOf(year);
            case HALF -> ROMAN[from.getMonthValue() == 1 ? 0 : 1] + " пів. " + year;
            case QUARTER -> ROMAN[(from.getMonthValue() - 1) / 3] + " кв. " + year;
            case MONTH -> String.format("%02d.%d", from.getMonthValue(), year);
            case RANGE -> from.format(UKRAINIAN_DAY) + "–" + to.format(UKRAINIAN_DAY);
        };
    }

    /** How a flow's comparison reads: "у 2020", "у I кварталі 2019", "у березні 2020", "за 01.02.2020–15.03.2020". */
    String flowComparison() {
        int year = from.getYear();
        return switch (form) {
            case YEAR -> "у " + year;
            case HALF -> "у " + ROMAN[from.getMonthValue() == 1 ? 0 : 1] + " півріччі " + year;
            case QUARTER -> "у " + ROMAN[(from.getMonthValue() - 1) / 3] + " кварталі " + year;
            case MONTH -> "у " + MONTHS_LOCATIVE[from.getMonthValue() - 1] + " " + year;
            case RANGE -> "за " + shortLabel();
        };
    }

    /** How a stock's comparison reads: "на 31.12.2020". */
    String stockComparison() {
        return "на " + to.format(UKRAINIAN_DAY);
    }

    public ReportPeriod view() {
        return new ReportPeriod(from, to, label(), shortLabel());
    }
}
