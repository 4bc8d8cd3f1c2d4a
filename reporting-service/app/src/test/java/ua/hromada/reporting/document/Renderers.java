package ua.hromada.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import ua.hromada.reporting.api.report.ActivityReport;

/** The renderers wired by hand, as Spring wires them, and a way to get a document's bytes. */
final class Renderers {

    static final HtmlReportRenderer HTML = new HtmlReportRenderer();
    static final PdfReportRenderer PDF = new PdfReportRenderer(HTML);
    static final DocxReportRenderer DOCX = new DocxReportRenderer();
    static final XlsxReportRenderer XLSX = new XlsxReportRenderer();
    static final CsvReportRenderer CSV = new CsvReportRenderer();

    static final List<ReportRenderer> ALL = List.of(HTML, PDF, DOCX, XLSX, CSV);

    private Renderers() {
    }

    static byte[] bytes(ReportRenderer renderer, ActivityReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
