package ua.hromada.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.ReportSection;

class DocxReportRendererTest {

    private static final ActivityReport REPORT = SampleReports.lysychansk2021();

    @Test
    void titleAndSectionHeadingsUseWordsOwnStyles() throws IOException {
        try (XWPFDocument document = read(REPORT)) {
            assertThat(styled(document, DocxReportRenderer.TITLE_STYLE)).containsExactly(SampleReports.TITLE);
            assertThat(styled(document, DocxReportRenderer.HEADING_STYLE)).containsExactlyElementsOf(
                    REPORT.sections().stream().map(ReportSection::title).toList());

            XWPFStyle heading = document.getStyles().getStyle(DocxReportRenderer.HEADING_STYLE);
            assertThat(heading.getName()).as("the name Word knows as its built-in heading").isEqualTo("heading 1");
            assertThat(heading.getCTStyle().getPPr().getOutlineLvl().getVal())
                    .as("outline level, which the navigation pane lists").isEqualTo(BigInteger.ZERO);
        }
    }

    @Test
    void sentencesParametersAndTheBaselineNoteAreParagraphs() throws IOException {
        try (XWPFDocument document = read(REPORT)) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            assertThat(paragraphs).contains(
                    "Звітний період: 2021 рік (01.01.2021 – 31.12.2021)",
                    "Період порівняння: 2020 рік (01.01.2020 – 31.12.2020)",
                    "Станом на 01.01.2022",
                    SampleReports.MATERIALS_TEXT,
                    SampleReports.COVERAGE_TEXT,
                    SampleReports.ORGANISATIONS_TEXT,
                    SampleReports.AWARDED_TEXT,
                    SampleReports.INCOMING_TEXT + "*",
                    SampleReports.STREET_COMMITTEES_TEXT + "*",
                    "* за даними, внесеними вручну (базові показники)");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(SampleReports.TITLE);
        }
    }

    @Test
    void breakdownsAreTablesWithNameValueAndPreviousPeriod() throws IOException {
        try (XWPFDocument document = read(REPORT)) {
            List<List<List<String>>> tables = document.getTables().stream().map(DocxReportRendererTest::cells).toList();

            assertThat(tables).contains(List.of(
                    List.of("Назва", "Значення (2021)", "Попередній період (2020)"),
                    List.of("міські осередки політичних партій", "95", "96"),
                    List.of("громадські організації", "160", "157"),
                    List.of("релігійні організації", "40", "34")));
            assertThat(tables).contains(List.of(
                    List.of("Назва", "Значення (2021)", "Попередній період (2020)"),
                    List.of("Facebook", "1956", "816"),
                    List.of("YouTube", "171", "немає даних")));
            XWPFTable first = document.getTables().get(0);
            assertThat(first.getRow(0).isRepeatHeader()).as("header repeats on a new page").isTrue();
        }
    }

    @Test
    void anA4PageWithPageNumbersInTheFooter() throws IOException {
        try (XWPFDocument document = read(REPORT)) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));

            String footer = document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("Сторінка ", ">PAGE<", " з ", ">NUMPAGES<", "fldCharType=\"begin\"");
        }
    }

    @Test
    void theWholeTextReadsLikeTheReport() throws IOException {
        try (XWPFDocument document = read(REPORT); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();

            assertThat(text).startsWith(SampleReports.TITLE)
                    .contains("Нагородження\n" + SampleReports.AWARDED_TEXT + "\nНазва\tЗначення (2021)\n"
                            + "Лист подяки\t240\n")
                    .contains("ТОВ НТРК \"ІРТА\", м. Сєвєродонецьк\t21")
                    .doesNotContain("\t0\n");
        }
    }

    @Test
    void withoutComparisonNeitherParameterNorColumn() throws IOException {
        try (XWPFDocument document = read(SampleReports.withoutComparison())) {
            assertThat(document.getParagraphs()).map(XWPFParagraph::getText)
                    .noneMatch(text -> text.startsWith("Період порівняння"));
            assertThat(document.getTables())
                    .allSatisfy(table -> assertThat(table.getRow(0).getTableCells()).hasSize(2));
        }
    }

    private static XWPFDocument read(ActivityReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(Renderers.bytes(Renderers.DOCX, report)));
    }

    private static List<String> styled(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(paragraph -> style.equals(paragraph.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    private static List<List<String>> cells(XWPFTable table) {
        return table.getRows().stream()
                .map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList())
                .toList();
    }
}
