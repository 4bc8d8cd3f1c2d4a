package ua.hromada.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ua.hromada.reporting.api.report.ActivityReport;

class XlsxReportRendererTest {

    private static final int VALUE = 3;
    private static final int PREVIOUS = 4;
    private static final int DELTA = 5;
    private static final int DELTA_PERCENT = 6;
    private static final int SOURCE = 7;

    @Test
    void aBoldFrozenHeaderRowOverSensiblyWideColumns() throws IOException {
        try (XSSFWorkbook workbook = read(SampleReports.lysychansk2021())) {
            XSSFSheet sheet = workbook.getSheet(XlsxReportRenderer.REPORT_SHEET);
            assertThat(workbook.getSheetIndex(sheet)).isZero();
            Row header = sheet.getRow(0);
            assertThat(IntStream.range(0, 8).mapToObj(i -> header.getCell(i).getStringCellValue()).toList())
                    .containsExactly("Розділ", "Показник", "Ключ", "Значення", "Попередній період", "Зміна",
                            "Зміна %", "Джерело");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(1)).as("Показник").isGreaterThan(40 * 256);
            assertThat(sheet.getColumnWidth(VALUE)).as("Значення").isBetween(8 * 256, 16 * 256);
        }
    }

    @Test
    void figuresAreNumericCells() throws IOException {
        try (XSSFWorkbook workbook = read(SampleReports.lysychansk2021())) {
            Map<String, Row> rows = rowsByKey(workbook.getSheet(XlsxReportRenderer.REPORT_SHEET));

            Row incoming = rows.get("registry.documents.incoming");
            assertThat(incoming.getCell(0).getStringCellValue()).isEqualTo(SampleReports.CORRESPONDENCE);
            assertThat(incoming.getCell(1).getStringCellValue()).isEqualTo("Вхідні документи");
            assertThat(numeric(incoming, VALUE)).isEqualTo(1759);
            assertThat(numeric(incoming, PREVIOUS)).isEqualTo(838);
            assertThat(numeric(incoming, DELTA)).isEqualTo(921);
            assertThat(numeric(incoming, DELTA_PERCENT)).isEqualTo(109.9);
            assertThat(incoming.getCell(SOURCE).getStringCellValue())
                    .isEqualTo("2021: облікові дані; 2020: базові показники, внесені вручну");

            Row staffMeetings = rows.get("events.staff_meetings");
            assertThat(numeric(staffMeetings, DELTA)).isEqualTo(-17);
            assertThat(numeric(staffMeetings, DELTA_PERCENT)).isEqualTo(-15.9);
        }
    }

    @Test
    void breakdownValuesAreIndentedRowsUnderTheirMetric() throws IOException {
        try (XSSFWorkbook workbook = read(SampleReports.lysychansk2021())) {
            Sheet sheet = workbook.getSheet(XlsxReportRenderer.REPORT_SHEET);
            Map<String, Row> rows = rowsByKey(sheet);

            Row organisations = rows.get("registry.organisations");
            Row ngo = rows.get("registry.organisations[kind=ngo]");
            assertThat(sheet.getRow(organisations.getRowNum() + 2)).isSameAs(ngo);
            assertThat(ngo.getCell(1).getStringCellValue()).isEqualTo("громадські організації");
            assertThat(ngo.getCell(1).getCellStyle().getIndention()).isPositive();
            assertThat(organisations.getCell(1).getCellStyle().getIndention()).isZero();
            assertThat(numeric(ngo, VALUE)).isEqualTo(160);
            assertThat(numeric(ngo, PREVIOUS)).isEqualTo(157);
            assertThat(numeric(ngo, DELTA)).isEqualTo(3);
            assertThat(numeric(ngo, DELTA_PERCENT)).isEqualTo(1.9);
            assertThat(numeric(rows.get("registry.organisations[kind=party_cell]"), DELTA)).isEqualTo(-1);
        }
    }

    @Test
    void anUnknownFigureSaysSoInsteadOfZero() throws IOException {
        try (XSSFWorkbook workbook = read(SampleReports.lysychansk2021())) {
            Map<String, Row> rows = rowsByKey(workbook.getSheet(XlsxReportRenderer.REPORT_SHEET));

            for (String key : List.of("awards.persons_awarded", "awards.persons_awarded[awardType=medal]",
                    "media.subscribers[channel=youtube]", "registry.street_committee_elections")) {
                Cell previous = rows.get(key).getCell(PREVIOUS);
                assertThat(previous.getCellType()).as(key).isEqualTo(CellType.STRING);
                assertThat(previous.getStringCellValue()).as(key).isEqualTo("немає даних");
                assertThat(rows.get(key).getCell(DELTA)).as(key + ": no change without both figures").isNull();
            }
        }
    }

    @Test
    void withoutComparisonThePreviousColumnIsEmpty() throws IOException {
        try (XSSFWorkbook workbook = read(SampleReports.withoutComparison())) {
            Row materials =
                    rowsByKey(workbook.getSheet(XlsxReportRenderer.REPORT_SHEET)).get("media.website.materials");
            assertThat(numeric(materials, VALUE)).isEqualTo(2286);
            assertThat(materials.getCell(PREVIOUS)).isNull();
        }
    }

    @Test
    void theParametersSheetSaysWhatWasAskedFor() throws IOException {
        try (XSSFWorkbook workbook = read(SampleReports.lysychansk2021())) {
            Sheet parameters = workbook.getSheet(XlsxReportRenderer.PARAMETERS_SHEET);
            Map<String, Cell> values = new HashMap<>();
            parameters.forEach(row -> values.put(row.getCell(0).getStringCellValue(), row.getCell(1)));

            assertThat(values.get("Громада").getStringCellValue()).isEqualTo("lysychansk");
            assertThat(values.get("Назва звіту").getStringCellValue()).isEqualTo(SampleReports.TITLE);
            assertThat(values.get("Звітний період").getStringCellValue()).isEqualTo("2021 рік");
            assertThat(values.get("Звітний період: початок").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2021, 1, 1, 0, 0));
            assertThat(values.get("Звітний період: кінець").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2021, 12, 31, 0, 0));
            assertThat(values.get("Період порівняння").getStringCellValue()).isEqualTo("2020 рік");
            assertThat(values.get("Період порівняння: кінець").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2020, 12, 31, 0, 0));
            assertThat(values.get("Дані станом на (київський час)").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2022, 1, 1, 0, 0));
            assertThat(values.get("Сформовано (київський час)").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 11, 25, 15, 55));
            assertThat(values.get("Дані станом на (київський час)").getCellStyle().getDataFormatString())
                    .isEqualTo("dd.mm.yyyy hh:mm");
        }
    }

    private static XSSFWorkbook read(ActivityReport report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Renderers.bytes(Renderers.XLSX, report)));
    }

    private static Map<String, Row> rowsByKey(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        sheet.forEach(row -> {
            if (row.getRowNum() > 0) {
                rows.put(row.getCell(2).getStringCellValue(), row);
            }
        });
        return rows;
    }

    private static double numeric(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as("column %d of %s", column, row.getCell(2)).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }
}
