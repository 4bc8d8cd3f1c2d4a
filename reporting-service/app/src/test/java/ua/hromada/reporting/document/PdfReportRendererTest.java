package ua.hromada.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ua.hromada.reporting.api.report.FigureSource.RECORDS;
import static ua.hromada.reporting.api.report.MetricKind.FLOW;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.openhtmltopdf.util.XRLog;

import ua.hromada.reporting.api.report.ActivityReport;
import ua.hromada.reporting.api.report.ReportSection;

class PdfReportRendererTest {

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = Renderers.bytes(Renderers.PDF, SampleReports.lysychansk2021());
    }

    @Test
    void theCyrillicSentencesAreTextInThePdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = oneLine(new PDFTextStripper().getText(document));

            assertThat(text).contains(SampleReports.TITLE, "Станом на 01.01.2022",
                    SampleReports.MATERIALS_TEXT, SampleReports.COVERAGE_TEXT, SampleReports.ORGANISATIONS_TEXT,
                    SampleReports.INCOMING_TEXT + "*", SampleReports.AWARDED_TEXT,
                    "міські осередки політичних партій 95 96", "YouTube 171 немає даних",
                    "* за даними, внесеними вручну (базові показники)");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(SampleReports.TITLE);
        }
    }

    @Test
    void everyFontIsTheShippedDejaVuSansEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("%s embedded", font.getName()).isTrue());
            // Subset fonts are named with a random tag: ABCDEF+DejaVuSans.
            assertThat(fonts).map(font -> font.getName().replaceFirst("^[A-Z]{6}\\+", ""))
                    .containsOnly("DejaVuSans", "DejaVuSans-Bold").contains("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Test
    void a4PagesNumberedInTheFooter() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            }
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            lastPage.setEndPage(pages);
            assertThat(oneLine(lastPage.getText(document))).contains("Сторінка " + pages + " з " + pages);
        }
    }

    @Test
    void aLongUnbreakableNameWrapsInsteadOfRunningOffThePage() throws IOException {
        String url = "https://www.youtube.com/channel/UC_ILupT-bDXw-fuBsltjjFw/featured/"
                + "Відеоролики_з_нагоди_Дня_міста_Дня_Незалежності_та_Дня_захисників_і_захисниць_України_2021";
        ActivityReport report = SampleReports.withSections(new ReportSection("media", "Відео", List.of(
                SampleReports.figure("media.youtube.videos", "Відео", FLOW, 66L, RECORDS, 31L, RECORDS,
                        "66 відеороликів на каналі " + url + " (у 2020 — 31)",
                        new SampleReports.Breakdown("channel", SampleReports.counts("youtube", 66),
                                SampleReports.counts("youtube", 31), Map.of("youtube", url))))));

        try (PDDocument document = Loader.loadPDF(Renderers.bytes(Renderers.PDF, report))) {
            float rightmost = rightmostTextEdge(document);

            float rightMargin = 15 / 25.4f * 72;
            assertThat(rightmost).isLessThanOrEqualTo(PDRectangle.A4.getWidth() - rightMargin + 1);
            assertThat(oneLine(new PDFTextStripper().getText(document))).contains("66 31");
        }
    }

    @Test
    void layoutMessagesGoToTheServicesLog() {
        assertThat(XRLog.getLoggerImpl()).isInstanceOf(PdfLayoutLogging.class);
    }

    private static float rightmostTextEdge(PDDocument document) throws IOException {
        float[] rightmost = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
                }
            }
        };
        stripper.getText(document);
        return rightmost[0];
    }

    /** The text with its line breaks undone, including the break after a hyphen in "військово-цивільної". */
    private static String oneLine(String text) {
        return text.replaceAll("-\\R", "-").replaceAll("\\s+", " ").trim();
    }
}
