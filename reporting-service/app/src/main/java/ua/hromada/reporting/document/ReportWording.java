package ua.hromada.reporting.document;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.FigureSource;
import ua.hromada.reporting.api.report.MetricFigure;
import ua.hromada.reporting.api.report.ReportPeriod;

/** The Ukrainian words and date forms every document format prints, so the formats never disagree. */
final class ReportWording {

    /** Councils read their reports in Kyiv time, whatever zone the server runs in. */
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    static final String NO_DATA = "немає даних";
    static final String BASELINE_MARK = "*";
    static final String BASELINE_NOTE = "за даними, внесеними вручну (базові показники)";

    static final String PERIOD = "Звітний період";
    static final String COMPARED_TO = "Період порівняння";
    static final String KNOWN_AT = "Станом на";
    static final String GENERATED_AT = "Сформовано";

    static final String BREAKDOWN_NAME = "Назва";
    static final String BREAKDOWN_VALUE = "Значення";
    static final String BREAKDOWN_PREVIOUS = "Попередній період";

    static final String PAGE = "Сторінка";
    static final String PAGE_OF = "з";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /**
     * The service sets {@code asKnownAt} to "now" unless a past moment was asked for, a moment before it stamps
     * {@code generatedAt}; knowledge this close to generation is current and needs no "станом на".
     */
    private static final Duration CURRENT_KNOWLEDGE = Duration.ofMinutes(1);

    private ReportWording() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A moment as a Kyiv date, with the time of day only when it is not midnight. */
    static String moment(Instant moment) {
        ZonedDateTime kyiv = moment.atZone(KYIV);
        return kyiv.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(kyiv) : DATE_TIME.format(kyiv);
    }

    static String dateTime(Instant moment) {
        return DATE_TIME.format(moment.atZone(KYIV));
    }

    /** "2021 рік (01.01.2021 – 31.12.2021)". */
    static String period(ReportPeriod period) {
        return period.label() + " (" + date(period.from()) + " – " + date(period.to()) + ")";
    }

    /** "Станом на 01.01.2022" when the report shows what was known at a past moment. */
    static Optional<String> knownAt(ActivityReport report) {
        boolean past = report.asKnownAt() != null && report.generatedAt() != null
                && report.asKnownAt().isBefore(report.generatedAt().minus(CURRENT_KNOWLEDGE));
        return past ? Optional.of(KNOWN_AT + " " + moment(report.asKnownAt())) : Optional.empty();
    }

    /** A figure as printed: its number, or "немає даних" — never 0 for a figure nobody knows. */
    static String number(Long figure) {
        return figure == null ? NO_DATA : Long.toString(figure);
    }

    /** The figure if its source knows it; a figure whose source is UNKNOWN is treated as absent whatever it holds. */
    static Long known(Long figure, FigureSource source) {
        return source == FigureSource.UNKNOWN ? null : figure;
    }

    static boolean usesBaseline(MetricFigure figure) {
        return figure.valueSource() == FigureSource.BASELINE || figure.previousSource() == FigureSource.BASELINE;
    }

    static boolean usesBaseline(ActivityReport report) {
        return report.sections().stream().flatMap(section -> section.metrics().stream())
                .anyMatch(ReportWording::usesBaseline);
    }

    /** Where a figure comes from, naming both periods when their sources differ. */
    static String sources(MetricFigure figure, ActivityReport report) {
        String value = source(figure.valueSource());
        if (report.comparedTo() == null || figure.previousSource() == null
                || figure.previousSource() == figure.valueSource()) {
            return value;
        }
        return report.period().shortLabel() + ": " + value + "; "
                + report.comparedTo().shortLabel() + ": " + source(figure.previousSource());
    }

    private static String source(FigureSource source) {
        return switch (source) {
            case RECORDS -> "облікові дані";
            case BASELINE -> "базові показники, внесені вручну";
            case UNKNOWN -> NO_DATA;
        };
    }
}
