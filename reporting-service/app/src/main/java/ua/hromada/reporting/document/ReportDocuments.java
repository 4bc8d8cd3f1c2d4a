package ua.hromada.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.ReportPeriod;

/** The activity report as a document: picks the renderer of the asked format and names the file. */
@Component
public class ReportDocuments {

    /** Formats a browser shows itself; the others are downloaded. */
    private static final Set<ReportFormat> SHOWN_INLINE = EnumSet.of(ReportFormat.HTML, ReportFormat.PDF);

    private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);

    public ReportDocuments(List<ReportRenderer> renderers) {
        for (ReportRenderer renderer : renderers) {
            ReportRenderer other = this.renderers.put(renderer.format(), renderer);
            if (other != null) {
                throw new IllegalStateException("two renderers for " + renderer.format() + ": "
                        + other.getClass().getName() + " and " + renderer.getClass().getName());
            }
        }
        Set<ReportFormat> missing = EnumSet.allOf(ReportFormat.class);
        missing.removeAll(this.renderers.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no renderer for " + missing);
        }
    }

    /** Writes the report in the format to {@code out}, which stays open. */
    public void render(ActivityReport report, ReportFormat format, OutputStream out) throws IOException {
        renderers.get(format).render(report, out);
    }

    /**
     * The document's file name, ASCII so that every browser and mail client keeps it: the tenant and the period the
     * way the API's {@code period} parameter names it, e.g. {@code lysychansk-2021.docx}, {@code nizhyn-2020-Q1.pdf},
     * or {@code lysychansk-2021-03-05_2021-04-20.csv} for a period of arbitrary dates.
     */
    public String fileName(ActivityReport report, ReportFormat format) {
        return tenantPart(report.tenant()) + "-" + periodPart(report.period()) + "." + format.extension();
    }

    /** The Content-Disposition header for the document: inline for what a browser shows, else attachment. */
    public ContentDisposition contentDisposition(ActivityReport report, ReportFormat format) {
        ContentDisposition.Builder disposition = SHOWN_INLINE.contains(format)
                ? ContentDisposition.inline() : ContentDisposition.attachment();
        return disposition.filename(fileName(report, format)).build();
    }

    private static String tenantPart(String tenant) {
        String ascii = tenant == null ? "" : tenant.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return ascii.isEmpty() ? "report" : ascii;
    }

    static String periodPart(ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        int year = from.getYear();
        if (from.getDayOfMonth() == 1) {
            int month = from.getMonthValue();
            if (to.equals(from.plusYears(1).minusDays(1)) && month == 1) {
                return Integer.toString(year);
            }
            if (to.equals(from.plusMonths(6).minusDays(1)) && (month == 1 || month == 7)) {
                return year + "-H" + (month == 1 ? 1 : 2);
            }
            if (to.equals(from.plusMonths(3).minusDays(1)) && (month - 1) % 3 == 0) {
                return year + "-Q" + ((month - 1) / 3 + 1);
            }
            if (to.equals(from.plusMonths(1).minusDays(1))) {
                return String.format(Locale.ROOT, "%d-%02d", year, month);
            }
        }
        return from + "_" + to;
    }
}
