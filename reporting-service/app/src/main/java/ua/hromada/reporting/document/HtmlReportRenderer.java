package ua.hromada.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.MetricFigure;
import ua.hromada.reporting.api.report.ReportSection;

/**
 * The report as one self-contained UTF-8 page with its CSS inside. The page is well-formed XHTML because the PDF is
 * laid out from it, and its {@code @page} rules (A4, page numbers) only matter there.
 */
@Component
public class HtmlReportRenderer implements ReportRenderer {

    /** The PDF renderer registers the shipped font under this family name. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String STYLE = """
            @page {
              size: A4;
              margin: 20mm 15mm 22mm 25mm;
              @bottom-center {
                content: "%1$s " counter(page) " %2$s " counter(pages);
                font-family: "%3$s", sans-serif;
                font-size: 8pt;
                color: #555555;
              }
            }
            body { font-family: "%3$s", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111111;
                   margin: 0; word-wrap: break-word; overflow-wrap: break-word; }
            @media screen { body { max-width: 170mm; margin: 24px auto; padding: 0 16px; } }
            h1 { font-size: 14pt; line-height: 1.3; text-align: center; margin: 0 0 8pt 0; }
            .parameters { text-align: center; margin: 0 0 12pt 0; }
            .parameters p { margin: 0; }
            h2 { font-size: 12pt; margin: 14pt 0 6pt 0; padding-bottom: 2pt; border-bottom: 0.75pt solid #999999;
                 page-break-after: avoid; }
            .figure { margin: 0 0 6pt 0; page-break-inside: avoid; }
            .figure p { margin: 0; }
            .mark { font-weight: bold; }
            .breakdown { margin: 3pt 0 0 6mm; }
            table { width: 100%%; table-layout: fixed; border-collapse: collapse; font-size: 9.5pt;
                    -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #999999; padding: 2pt 5pt; text-align: left; vertical-align: top; }
            th { background-color: #eeeeee; font-weight: bold; }
            .number { text-align: right; width: 24%%; }
            .missing { color: #555555; }
            .notes { margin-top: 14pt; padding-top: 4pt; border-top: 0.5pt solid #999999; font-size: 9pt; }
            .notes p { margin: 0; }
            .generated { margin-top: 8pt; font-size: 8pt; color: #555555; }
            """.formatted(ReportWording.PAGE, ReportWording.PAGE_OF, FONT_FAMILY);

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void render(ActivityReport report, OutputStream out) throws IOException {
        out.write(xhtml(report).getBytes(StandardCharsets.UTF_8));
    }

    /** The page as well-formed XHTML: every text escaped, no entity but XML's own. */
    String xhtml(ActivityReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"uk\" xml:lang=\"uk\">\n")
                .append("<head>\n<meta charset=\"UTF-8\" />\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(report.title())).append("</h1>\n");
        appendParameters(html, report);
        for (ReportSection section : report.sections()) {
            html.append("<h2>").append(escape(section.title())).append("</h2>\n");
            for (MetricFigure figure : section.metrics()) {
                appendFigure(html, figure, report);
            }
        }
        if (ReportWording.usesBaseline(report)) {
            html.append("<div class=\"notes\"><p><span class=\"mark\">").append(escape(ReportWording.BASELINE_MARK))
                    .append("</span> ").append(escape(ReportWording.BASELINE_NOTE)).append("</p></div>\n");
        }
        if (report.generatedAt() != null) {
            html.append("<p class=\"generated\">").append(escape(ReportWording.GENERATED_AT + " "
                    + ReportWording.dateTime(report.generatedAt()))).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void appendParameters(StringBuilder html, ActivityReport report) {
        html.append("<div class=\"parameters\">\n");
        appendParagraph(html, ReportWording.PERIOD + ": " + ReportWording.period(report.period()));
        if (report.comparedTo() != null) {
            appendParagraph(html, ReportWording.COMPARED_TO + ": " + ReportWording.period(report.comparedTo()));
        }
        ReportWording.knownAt(report).ifPresent(knownAt -> appendParagraph(html, knownAt));
        html.append("</div>\n");
    }

    private static void appendFigure(StringBuilder html, MetricFigure figure, ActivityReport report) {
        html.append("<div class=\"figure\">\n<p>").append(escape(figure.text()));
        if (ReportWording.usesBaseline(figure)) {
            html.append("<span class=\"mark\">").append(escape(ReportWording.BASELINE_MARK)).append("</span>");
        }
        html.append("</p>\n");
        List<BreakdownLine> lines = BreakdownLine.of(figure);
        if (!lines.isEmpty()) {
            appendBreakdown(html, lines, report);
        }
        html.append("</div>\n");
    }

    private static void appendBreakdown(StringBuilder html, List<BreakdownLine> lines, ActivityReport report) {
        boolean compared = report.comparedTo() != null && BreakdownLine.anyPrevious(lines);
        html.append("<div class=\"breakdown\"><table>\n<thead><tr><th>").append(escape(ReportWording.BREAKDOWN_NAME))
                .append("</th><th class=\"number\">")
                .append(escape(ReportWording.BREAKDOWN_VALUE + " (" + report.period().shortLabel() + ")"))
                .append("</th>");
        if (compared) {
            html.append("<th class=\"number\">").append(escape(
                    ReportWording.BREAKDOWN_PREVIOUS + " (" + report.comparedTo().shortLabel() + ")")).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (BreakdownLine line : lines) {
            html.append("<tr><td>").append(escape(line.label())).append("</td>");
            appendNumberCell(html, line.value());
            if (compared) {
                appendNumberCell(html, line.previous());
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static void appendNumberCell(StringBuilder html, Long figure) {
        html.append(figure == null ? "<td class=\"number missing\">" : "<td class=\"number\">")
                .append(escape(ReportWording.number(figure))).append("</td>");
    }

    private static void appendParagraph(StringBuilder html, String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    /**
     * Escapes text for element content and attribute values alike. Characters XML forbids (control characters a
     * pasted title may carry) are dropped, since one of them would make the PDF's XML parser reject the whole page.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}
