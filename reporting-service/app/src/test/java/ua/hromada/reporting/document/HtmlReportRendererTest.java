package ua.hromada.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.reporting.api.report.FigureSource.RECORDS;
import static ua.hromada.reporting.api.report.FigureSource.UNKNOWN;
import static ua.hromada.reporting.api.report.MetricKind.FLOW;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.ReportSection;

class HtmlReportRendererTest {

    private static final String SCRIPT_TITLE = "Звіт <script>alert(\"x\")</script> & 'Co'";

    @Test
    void everyTextIsEscapedAndReadsBackAsWritten() throws Exception {
        String hostile = "<b onclick=\"x()\">Нагородження & відзнаки</b>";
        ActivityReport report = SampleReports.titled(SCRIPT_TITLE);
        report = new ActivityReport(report.tenant(), report.title(), report.period(), report.comparedTo(),
                report.asKnownAt(), report.generatedAt(), List.of(new ReportSection("awards", hostile, List.of(
                        SampleReports.figure("awards.persons_awarded", "Нагороджені", FLOW, 3L, RECORDS, null,
                                UNKNOWN, "3 особи <i>нагороджено</i>",
                                new SampleReports.Breakdown("awardType", SampleReports.counts("medal", 3),
                                        SampleReports.counts(), Map.of("medal", "медаль </td><td>999")))))));

        String html = html(report);

        assertThat(html).doesNotContain("<script>", "<b ", "<i>", "</td><td>999")
                .contains("Звіт &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
        Document page = parse(html);
        assertThat(texts(page, "title")).containsExactly(SCRIPT_TITLE);
        assertThat(texts(page, "h1")).containsExactly(SCRIPT_TITLE);
        assertThat(texts(page, "h2")).containsExactly(hostile);
        assertThat(texts(page, "td")).containsExactly("медаль </td><td>999", "3");
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void characterXmlForbidsAreDroppedSoThePdfParserAcceptsThePage() throws Exception {
        String html = html(SampleReports.titled("Звіт\u0000 за\u000B 2021 рік"));

        assertThat(texts(parse(html), "h1")).containsExactly("Звіт за 2021 рік");
    }

    @Test
    void aCompletePageWithItsOwnStyleAndNothingToFetch() throws Exception {
        String html = html(SampleReports.lysychansk2021());

        Document page = parse(html);
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("uk");
        assertThat(page.getElementsByTagName("meta").item(0).getAttributes().getNamedItem("charset").getNodeValue())
                .isEqualTo("UTF-8");
        assertThat(texts(page, "style")).singleElement().asString().contains("@page", "size: A4", "counter(page)");
        assertThat(html).doesNotContain("<link", "src=", "url(", "&nbsp;");
    }

    @Test
    void sectionsAreHeadingsInOrderAndFiguresTheirSentences() throws Exception {
        ActivityReport report = SampleReports.lysychansk2021();

        Document page = parse(html(report));

        assertThat(texts(page, "h2")).containsExactlyElementsOf(
                report.sections().stream().map(ReportSection::title).toList());
        assertThat(texts(page, "p")).contains(SampleReports.MATERIALS_TEXT, SampleReports.ORGANISATIONS_TEXT,
                SampleReports.INCOMING_TEXT + ReportWording.BASELINE_MARK,
                SampleReports.STREET_COMMITTEES_TEXT + ReportWording.BASELINE_MARK,
                "Звітний період: 2021 рік (01.01.2021 – 31.12.2021)",
                "Період порівняння: 2020 рік (01.01.2020 – 31.12.2020)",
                "Станом на 01.01.2022",
                "* за даними, внесеними вручну (базові показники)",
                "Сформовано 25.11.2026 15:55");
    }

    @Test
    void aBreakdownListsItsNamedValuesWithThePreviousPeriod() throws Exception {
        List<List<String>> tables = tables(parse(html(SampleReports.lysychansk2021())));

        assertThat(tables).contains(List.of(
                "Назва", "Значення (2021)", "Попередній період (2020)",
                "міські осередки політичних партій", "95", "96",
                "громадські організації", "160", "157",
                "релігійні організації", "40", "34"));
        assertThat(tables).as("YouTube had no subscribers counted in 2020: unknown, not 0").contains(List.of(
                "Назва", "Значення (2021)", "Попередній період (2020)",
                "Facebook", "1956", "816",
                "YouTube", "171", "немає даних"));
        assertThat(tables).as("no column that would only say немає даних").contains(List.of(
                "Назва", "Значення (2021)",
                "листи", "1702", "запити на публічну інформацію", "31", "письмові звернення громадян", "26"));
    }

    @Test
    void currentKnowledgeNeedsNoAsKnownAtLine() throws Exception {
        assertThat(texts(parse(html(SampleReports.knownNow())), "p")).noneMatch(text -> text.startsWith("Станом на"));
    }

    @Test
    void withoutBaselinesThereIsNoMarkAndNoNote() throws Exception {
        ActivityReport report = SampleReports.lysychansk2021();
        ActivityReport recordsOnly = SampleReports.withSections(report.sections().get(0), report.sections().get(2));

        String html = html(recordsOnly);

        assertThat(html).doesNotContain(ReportWording.BASELINE_NOTE, "class=\"mark\"");
    }

    @Test
    void withoutComparisonThereIsNoComparisonPeriod() throws Exception {
        Document page = parse(html(SampleReports.withoutComparison()));

        assertThat(texts(page, "p")).noneMatch(text -> text.startsWith("Період порівняння"))
                .contains("295 зареєстрованих організацій");
        assertThat(tables(page)).contains(List.of("Назва", "Значення (2021)",
                "міські осередки політичних партій", "95", "громадські організації", "160",
                "релігійні організації", "40"));
    }

    private static String html(ActivityReport report) {
        return new String(Renderers.bytes(Renderers.HTML, report), StandardCharsets.UTF_8);
    }

    /** Parsed as XML, which fails on anything the PDF's parser would reject too. */
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document page, String tag) {
        NodeList nodes = page.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Each table's cells, header first, row by row. */
    private static List<List<String>> tables(Document page) {
        NodeList tables = page.getElementsByTagName("table");
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < tables.getLength(); i++) {
            NodeList tableCells = ((Element) tables.item(i)).getElementsByTagName("*");
            List<String> texts = new ArrayList<>();
            for (int j = 0; j < tableCells.getLength(); j++) {
                String tag = tableCells.item(j).getNodeName();
                if (tag.equals("th") || tag.equals("td")) {
                    texts.add(tableCells.item(j).getTextContent());
                }
            }
            cells.add(texts);
        }
        return cells;
    }
}
