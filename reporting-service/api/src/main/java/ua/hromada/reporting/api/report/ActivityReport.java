package ua.hromada.reporting.api.report;

import java.time.Instant;
import java.util.List;

/**
 * The activity report of one council for one period: the JSON answer of {@code GET /api/reports/activity} and the
 * single model every document format (HTML, DOCX, XLSX, CSV, PDF) is rendered from.
 *
 * @param tenant      the council's tenant key, e.g. {@code lysychansk}
 * @param title       Ukrainian title of the document
 * @param period      the reported period
 * @param comparedTo  the comparison period, {@code null} without comparison
 * @param asKnownAt   the moment whose knowledge the figures reflect (now, unless asked for a past moment)
 * @param generatedAt when the report was produced
 * @param sections    sections in reading order
 */
public record ActivityReport(
        String tenant,
        String title,
        ReportPeriod period,
        ReportPeriod comparedTo,
        Instant asKnownAt,
        Instant generatedAt,
        List<ReportSection> sections) {
}
