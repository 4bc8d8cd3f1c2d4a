package ua.hromada.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.ReportPeriod;

/**
 * The report as an Excel workbook for councils that compute with the figures: sheet "Звіт" with one row per metric
 * and an indented row per breakdown value, numbers as numeric cells, and sheet "Параметри" with what the report was
 * asked for.
 */
@Component
public class XlsxReportRenderer implements ReportRenderer {

    static final String REPORT_SHEET = "Звіт";
    static final String PARAMETERS_SHEET = "Параметри";

    /** Widths of the report sheet's columns, in characters. */
    private static final int[] COLUMN_WIDTHS = {30, 46, 42, 12, 18, 10, 10, 40};
    private static final int VALUE_COLUMN = 3;
    private static final int SOURCE_COLUMN = 7;
    /** Excel's header and footer codes for the page number and the number of pages. */
    private static final String PAGE_NUMBER = "&P";
    private static final String PAGE_COUNT = "&N";
    private static final int PARAMETER_VALUE_WIDTH = 90;

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void render(ActivityReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeReportSheet(workbook.createSheet(REPORT_SHEET), SheetRow.of(report), styles);
            writeParametersSheet(workbook.createSheet(PARAMETERS_SHEET), report, styles);
            workbook.write(out);
        }
    }

    private static void writeReportSheet(Sheet sheet, List<SheetRow> rows, Styles styles) {
        Row header = sheet.createRow(0);
        for (int column = 0; column < SheetRow.COLUMNS.size(); column++) {
            text(header, column, SheetRow.COLUMNS.get(column), styles.header);
            sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
        }
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            Row line = sheet.createRow(i + 1);
            text(line, 0, row.section(), styles.text);
            text(line, 1, row.indicator(), row.breakdown() ? styles.indented : styles.text);
            text(line, 2, row.key(), styles.text);
            figure(line, VALUE_COLUMN, row.value(), styles);
            if (row.compared()) {
                figure(line, VALUE_COLUMN + 1, row.previous(), styles);
            }
            if (row.delta() != null) {
                number(line, VALUE_COLUMN + 2, row.delta(), styles.change);
            }
            if (row.deltaPercent() != null) {
                number(line, VALUE_COLUMN + 3, row.deltaPercent(), styles.percentChange);
            }
            text(line, SOURCE_COLUMN, row.source(), styles.text);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, SheetRow.COLUMNS.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.getFooter().setCenter(ReportWording.PAGE + " " + PAGE_NUMBER + " " + ReportWording.PAGE_OF + " "
                + PAGE_COUNT);
    }

    private static void writeParametersSheet(Sheet sheet, ActivityReport report, Styles styles) {
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, PARAMETER_VALUE_WIDTH * 256);
        int next = 0;
        next = parameter(sheet, next, "Громада", report.tenant(), styles);
        next = parameter(sheet, next, "Назва звіту", report.title(), styles);
        next = period(sheet, next, ReportWording.PERIOD, report.period(), styles);
        if (report.comparedTo() != null) {
            next = period(sheet, next, ReportWording.COMPARED_TO, report.comparedTo(), styles);
        } else {
            next = parameter(sheet, next, ReportWording.COMPARED_TO, "без порівняння", styles);
        }
        next = moment(sheet, next, "Дані станом на (київський час)", report.asKnownAt(), styles);
        moment(sheet, next, ReportWording.GENERATED_AT + " (київський час)", report.generatedAt(), styles);
    }

    private static int period(Sheet sheet, int row, String name, ReportPeriod period, Styles styles) {
        row = parameter(sheet, row, name, period.label(), styles);
        row = date(sheet, row, name + ": початок", period.from(), styles);
        return date(sheet, row, name + ": кінець", period.to(), styles);
    }

    private static int parameter(Sheet sheet, int row, String name, String value, Styles styles) {
        Row line = sheet.createRow(row);
        text(line, 0, name, styles.parameterName);
        text(line, 1, value, styles.text);
        return row + 1;
    }

    private static int date(Sheet sheet, int row, String name, LocalDate value, Styles styles) {
        Row line = sheet.createRow(row);
        text(line, 0, name, styles.parameterName);
        Cell cell = line.createCell(1);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
        return row + 1;
    }

    private static int moment(Sheet sheet, int row, String name, Instant value, Styles styles) {
        if (value == null) {
            return row;
        }
        Row line = sheet.createRow(row);
        text(line, 0, name, styles.parameterName);
        Cell cell = line.createCell(1);
        cell.setCellValue(value.atZone(ReportWording.KYIV).toLocalDateTime());
        cell.setCellStyle(styles.dateTime);
        return row + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A figure as a number, or the words "немає даних" where it is unknown, so no one sums an unknown as 0. */
    private static void figure(Row row, int column, Long value, Styles styles) {
        if (value == null) {
            text(row, column, ReportWording.NO_DATA, styles.missing);
        } else {
            number(row, column, value, styles.count);
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles, made once: Excel allows about 64,000 per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle indented;
        final CellStyle parameterName;
        final CellStyle count;
        final CellStyle change;
        final CellStyle percentChange;
        final CellStyle missing;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);

            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);

            indented = workbook.createCellStyle();
            indented.cloneStyleFrom(text);
            indented.setIndention((short) 2);

            parameterName = workbook.createCellStyle();
            parameterName.cloneStyleFrom(text);
            parameterName.setFont(bold);

            count = numeric(workbook, "0");
            change = numeric(workbook, "+0;-0;0");
            percentChange = numeric(workbook, "+0.0;-0.0;0.0");
            date = numeric(workbook, "dd.mm.yyyy");
            date.setAlignment(HorizontalAlignment.LEFT);
            dateTime = numeric(workbook, "dd.mm.yyyy hh:mm");
            dateTime.setAlignment(HorizontalAlignment.LEFT);

            missing = workbook.createCellStyle();
            missing.setFont(grey);
            missing.setAlignment(HorizontalAlignment.RIGHT);
            missing.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle numeric(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
