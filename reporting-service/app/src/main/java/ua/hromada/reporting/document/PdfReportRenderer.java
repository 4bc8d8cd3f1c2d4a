package ua.hromada.reporting.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import ua.hromada.reporting.api.report.ActivityReport;

/**
 * The report as an A4 PDF, laid out from the HTML page. The text is set in DejaVu Sans shipped with the service and
 * embedded in every PDF: the PDF base fonts have no Cyrillic, and a council's computer may not have the font.
 */
@Component
public class PdfReportRenderer implements ReportRenderer {

    private static final String REGULAR_FONT = "fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "fonts/DejaVuSans-Bold.ttf";
    private static final int REGULAR = 400;
    private static final int BOLD = 700;

    private final HtmlReportRenderer html;
    private final byte[] regularFont;
    private final byte[] boldFont;

    public PdfReportRenderer(HtmlReportRenderer html) {
        // openhtmltopdf's logger is a static of the library: one renderer setting it serves every PDF.
        XRLog.setLoggerImpl(new PdfLayoutLogging());
        this.html = html;
        this.regularFont = classpathResource(REGULAR_FONT);
        this.boldFont = classpathResource(BOLD_FONT);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void render(ActivityReport report, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // subset = true: only the glyphs the report uses go into the file, a few kilobytes instead of 700.
        builder.useFont(() -> new ByteArrayInputStream(regularFont), HtmlReportRenderer.FONT_FAMILY, REGULAR,
                FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(boldFont), HtmlReportRenderer.FONT_FAMILY, BOLD,
                FontStyle.NORMAL, true);
        builder.withHtmlContent(html.xhtml(report), null);
        builder.toStream(out);
        builder.run();
    }

    private static byte[] classpathResource(String name) {
        try (InputStream in = PdfReportRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath; PDF reports need it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
