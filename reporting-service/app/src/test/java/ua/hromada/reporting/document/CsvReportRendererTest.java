package ua.hromada.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.reporting.api.report.FigureSource.RECORDS;
import static ua.hromada.reporting.api.report.MetricKind.FLOW;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.ReportSection;
import ua.hromada.reporting.Rfc4180;

class CsvReportRendererTest {

    @Test
    void utf8WithAByteOrderMarkAndCrLfLines() {
        byte[] csv = Renderers.bytes(Renderers.CSV, SampleReports.lysychansk2021());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFРозділ,Показник,Ключ,Значення,Попередній період,Зміна,Зміна %,Джерело\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void fieldsWithCommasQuotesOrEdgeSpacesAreQuoted() {
        String text = csv(SampleReports.lysychansk2021());

        assertThat(text).contains("\r\n\"" + SampleReports.CORRESPONDENCE + "\",Вхідні документи,"
                + "registry.documents.incoming,1759,838,921,109.9,"
                + "\"2021: облікові дані; 2020: базові показники, внесені вручну\"\r\n");
        assertThat(text).contains(
                ",\"  ТОВ НТРК \"\"ІРТА\"\", м. Сєвєродонецьк\",media.coverage_requests[outlet=irta],21,");
    }

    @Test
    void theSameColumnsAsTheSpreadsheetWithBreakdownRowsIndented() {
        ActivityReport report = SampleReports.lysychansk2021();

        List<List<String>> lines = Rfc4180.parse(csv(report).substring(1));

        assertThat(lines.get(0)).isEqualTo(SheetRow.COLUMNS);
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSize(SheetRow.COLUMNS.size()));
        assertThat(lines).hasSize(1 + SheetRow.of(report).size());
        assertThat(lines).contains(
                List.of("Політичні партії, громадські та релігійні організації", "Зареєстровані організації",
                        "registry.organisations", "295", "287", "8", "2.8", "облікові дані"),
                List.of("Політичні партії, громадські та релігійні організації", "  релігійні організації",
                        "registry.organisations[kind=religious]", "40", "34", "6", "17.6", "облікові дані"),
                List.of(SampleReports.MEDIA,
                        "  ТОВ НТРК \"ІРТА\", м. Сєвєродонецьк", "media.coverage_requests[outlet=irta]", "21",
                        "немає даних", "", "", "2021: облікові дані; 2020: немає даних"));
    }

    @Test
    void withoutComparisonThePreviousColumnsAreEmpty() {
        List<List<String>> lines = Rfc4180.parse(csv(SampleReports.withoutComparison()).substring(1));

        assertThat(lines).contains(List.of(SampleReports.MEDIA, "Інформаційні матеріали на вебсайті",
                "media.website.materials", "2286", "", "", "", "облікові дані"));
    }

    @Test
    void aNameThatWouldRunAsAFormulaIsDefused() {
        ActivityReport report = SampleReports.withSections(new ReportSection("media", "=Медіа", List.of(
                SampleReports.figure("media.coverage_requests", "-Заявки", FLOW, 2L, RECORDS, 1L, RECORDS,
                        "2 заявки (у 2020 — 1)",
                        new SampleReports.Breakdown("outlet",
                                SampleReports.counts("x", 2), SampleReports.counts("x", 1),
                                Map.of("x", "=HYPERLINK(\"http://evil\")"))))));

        List<List<String>> lines = Rfc4180.parse(csv(report).substring(1));

        assertThat(lines.get(1).subList(0, 2)).containsExactly("'=Медіа", "'-Заявки");
        assertThat(lines.get(2).get(1)).isEqualTo("'  =HYPERLINK(\"http://evil\")");
        assertThat(lines.get(1).get(5)).as("numbers stay numbers").isEqualTo("1");
    }

    private static String csv(ActivityReport report) {
        return new String(Renderers.bytes(Renderers.CSV, report), StandardCharsets.UTF_8);
    }
}
