package ua.hromada.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import ua.hromada.reporting.api.report.ActivityReport;

/** The renderers wired by hand, as Spring wires them, and a way to get a document's bytes. */
final class Renderers {

    static final HtmlReportRenderer HTML = new HtmlReportRenderer();
    static final PdfReportRenderer PDF = new PdfReportRenderer(HTML);
    static final DocxReportRenderer DOCX = new DocxReportRenderer();

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
