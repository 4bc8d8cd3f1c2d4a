package ua.hromada.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ua.hromada.reporting.api.report.ActivityReport;

/**
 * The report as RFC 4180 CSV with the columns of the XLSX sheet; a breakdown row names its value indented by two
 * spaces. UTF-8 with a byte order mark, without which Excel reads the Cyrillic as Windows-1251 mojibake.
 */
@Component
public class CsvReportRenderer implements ReportRenderer {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final String BREAKDOWN_INDENT = "  ";
    private static final String LINE_END = "\r\n";

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public void render(ActivityReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        writeLine(writer, SheetRow.COLUMNS);
        for (SheetRow row : SheetRow.of(report)) {
            List<String> fields = new ArrayList<>(SheetRow.COLUMNS.size());
            fields.add(text(row.section()));
            fields.add(text(row.breakdown() ? BREAKDOWN_INDENT + row.indicator() : row.indicator()));
            fields.add(text(row.key()));
            fields.add(ReportWording.number(row.value()));
            fields.add(row.compared() ? ReportWording.number(row.previous()) : "");
            fields.add(row.delta() == null ? "" : row.delta().toString());
            fields.add(row.deltaPercent() == null ? "" : BigDecimal.valueOf(row.deltaPercent()).toPlainString());
            fields.add(text(row.source()));
            writeLine(writer, fields);
        }
        // Flushed, not closed: the stream belongs to the caller.
        writer.flush();
    }

    private static void writeLine(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write(LINE_END);
    }

    /**
     * Quotes a field that holds a comma, a quote or a line break, as RFC 4180 requires, and one with leading or
     * trailing spaces, which some spreadsheet imports trim otherwise.
     */
    static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' '
                || field.charAt(field.length() - 1) == ' '));
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * Names such as an outlet's come from what clerks typed; one starting with = + - @ would run as a formula when
     * the file is opened in a spreadsheet, so it is prefixed with an apostrophe (OWASP's advice on CSV injection).
     */
    private static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String trimmed = value.stripLeading();
        boolean formula = !trimmed.isEmpty() && "=+-@\t\r".indexOf(trimmed.charAt(0)) >= 0;
        return formula ? "'" + value : value;
    }
}
