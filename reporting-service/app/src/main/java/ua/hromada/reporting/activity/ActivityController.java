package ua.hromada.reporting.activity;

import java.time.LocalDate;
import java.util.Map;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.FigureSource;
import ua.hromada.reporting.api.report.MetricKind;
import ua.hromada.reporting.document.ReportDocuments;
import ua.hromada.reporting.document.ReportFormat;
import ua.hromada.reporting.ledger.TenantFacts;
import ua.hromada.reporting.metric.MetricCatalogue;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.tenancy.CurrentUser;
import ua.hromada.tenancy.TenantContext;
import ua.hromada.web.problem.BusinessRuleViolationException;
import ua.hromada.web.problem.InvalidInputException;
import ua.hromada.web.problem.NotFoundException;

/** A council's statistics: the activity report for any period, the metric catalogue and metric time series. */
@RestController
@RequestMapping("/api/reports")
class ActivityController {

    /** Clocks of callers and servers differ a little; a moment further ahead than this is a mistake. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final ActivityReports reports;
    private final MetricCatalogue catalogue;
    private final TenantContext tenants;
    private final Clock clock;
    private final ReportDocuments documents;

    ActivityController(ActivityReports reports, MetricCatalogue catalogue, TenantContext tenants, Clock clock,
                       ReportDocuments documents) {
        this.documents = documents;
        this.reports = reports;
        this.catalogue = catalogue;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * The report as JSON, or as a document when {@code format} (html, docx, xlsx, csv, pdf) or the {@code Accept}
     * header asks for one: the same model either way.
     */
    @GetMapping("/activity")
    ResponseEntity<?> activity(@RequestParam(required = false) String period,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) String compare,
                               @RequestParam(required = false) String asKnownAt,
                               @RequestParam(required = false) String format,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException {
        String tenant = tenants.requireTenant();
        Optional<ReportFormat> document = "json".equalsIgnoreCase(format == null ? null : format.strip())
                ? Optional.empty() : ReportFormat.requested(format, accept);
        String councilName = tenants.currentUser().flatMap(CurrentUser::councilName).orElse(null);
        ActivityReport report = reports.report(tenant, councilName, ReportingPeriod.parse(period, from, to),
                Comparison.parse(compare), moment(asKnownAt));
        if (document.isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        documents.render(report, document.get(), rendered);
        return ResponseEntity.ok()
                .contentType(document.get().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, documents.contentDisposition(report, document.get()).toString())
                .body(rendered.toByteArray());
    }

    @GetMapping("/metrics")
    List<MetricDescription> metrics() {
        return catalogue.metrics().stream().map(MetricDescription::of).toList();
    }

    @GetMapping("/metrics/{key}")
    MetricSeries series(@PathVariable String key,
                        @RequestParam(required = false) String period,
                        @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to,
                        @RequestParam(defaultValue = "month") String granularity,
                        @RequestParam(required = false) String asKnownAt) {
        MetricDefinition metric = catalogue.metric(key).orElseThrow(() -> new NotFoundException("unknown_metric",
                "key", "No metric '" + key + "'; GET /api/reports/metrics lists them."));
        String tenant = tenants.requireTenant();
        ReportingPeriod whole = ReportingPeriod.parse(period, from, to);
        Granularity step = Granularity.parse(granularity);
        Instant knownAt = moment(asKnownAt);
        Instant at = knownAt == null ? clock.instant() : knownAt;
        TenantFacts facts = reports.factsOf(tenant);
        List<MetricSeries.Point> points = new ArrayList<>();
        for (ReportingPeriod part : step.split(whole)) {
            ActivityReports.Resolved resolved = reports.resolve(metric, facts, part, at);
            points.add(new MetricSeries.Point(part.from(), part.to(), part.shortLabel(), resolved.value(),
                    resolved.breakdown(), resolved.source()));
        }
        return new MetricSeries(metric.key(), metric.title(), metric.kind(), step.name().toLowerCase(), at, points);
    }

    private Instant moment(String asKnownAt) {
        if (asKnownAt == null || asKnownAt.isBlank()) {
            return null;
        }
        Instant moment;
        try {
            moment = Instant.parse(asKnownAt.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid_instant", "asKnownAt", "asKnownAt '" + asKnownAt
                    + "' is not an ISO instant such as 2021-06-30T12:00:00Z.");
        }
        if (moment.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw new BusinessRuleViolationException("date_in_future", "asKnownAt", "asKnownAt " + moment
                    + " is in the future; reports know only what was recorded until now.");
        }
        return moment;
    }

    /** A metric of the catalogue as {@code GET /api/reports/metrics} lists it. */
    record MetricDescription(String key, MetricKind kind, String section, String title, String definition,
                             String dimension, Map<String, String> dimensionLabels) {
        static MetricDescription of(MetricDefinition metric) {
            return new MetricDescription(metric.key(), metric.kind(), metric.section().key(), metric.title(),
                    metric.definition(), metric.dimension(), metric.dimensionLabels());
        }
    }

    /** A metric's values period by period. */
    record MetricSeries(String key, String title, MetricKind kind, String granularity, Instant asKnownAt,
                        List<Point> points) {
        record Point(LocalDate from, LocalDate to, String label, Long value,
                     Map<String, Long> breakdown, FigureSource source) {
        }
    }
}
