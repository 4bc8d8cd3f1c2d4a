package ua.hromada.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class ReportDocumentsTest {

    private final ReportDocuments documents = new ReportDocuments(Renderers.ALL);

    @Test
    void springFindsOneRendererForEveryFormat() throws IOException {
        try (AnnotationConfigApplicationContext context =
                     new AnnotationConfigApplicationContext(ReportDocuments.class.getPackageName())) {
            ReportDocuments wired = context.getBean(ReportDocuments.class);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            wired.render(SampleReports.lysychansk2021(), ReportFormat.PDF, pdf);
            assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    @Test
    void eachFormatIsRenderedByItsOwnRenderer() throws IOException {
        assertThat(render(ReportFormat.HTML)).startsWith("<!DOCTYPE html>".getBytes(StandardCharsets.US_ASCII));
        assertThat(render(ReportFormat.PDF)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(render(ReportFormat.CSV)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(zipEntries(render(ReportFormat.DOCX))).contains("word/document.xml");
        assertThat(zipEntries(render(ReportFormat.XLSX))).contains("xl/workbook.xml");
    }

    @Test
    void renderersLeaveTheCallersStreamOpen() throws IOException {
        for (ReportRenderer renderer : Renderers.ALL) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<String> closed = new ArrayList<>();
            renderer.render(SampleReports.lysychansk2021(), new FilterOutputStream(bytes) {
                @Override
                public void close() {
                    closed.add(renderer.format().name());
                }
            });
            assertThat(closed).as("%s closes the stream", renderer.format()).isEmpty();
            assertThat(bytes.size()).as("%s wrote its document", renderer.format()).isGreaterThan(1000);
        }
    }

    @Test
    void aFormatWithoutOrWithTwoRenderersIsAWiringError() {
        assertThatThrownBy(() -> new ReportDocuments(List.of(Renderers.HTML, Renderers.PDF)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no renderer for [DOCX, XLSX, CSV]");
        List<ReportRenderer> twice = new ArrayList<>(Renderers.ALL);
        twice.add(new CsvReportRenderer());
        assertThatThrownBy(() -> new ReportDocuments(twice))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two renderers for CSV");
    }

    @ParameterizedTest
    @CsvSource({
            "lysychansk, 2021-01-01, 2021-12-31, DOCX, lysychansk-2021.docx",
            "nizhyn,     2020-01-01, 2020-03-31, PDF,  nizhyn-2020-Q1.pdf",
            "nizhyn,     2020-10-01, 2020-12-31, XLSX, nizhyn-2020-Q4.xlsx",
            "lysychansk, 2021-01-01, 2021-06-30, CSV,  lysychansk-2021-H1.csv",
            "lysychansk, 2021-07-01, 2021-12-31, HTML, lysychansk-2021-H2.html",
            "lysychansk, 2021-03-01, 2021-03-31, PDF,  lysychansk-2021-03.pdf",
            "lysychansk, 2021-02-01, 2021-02-28, PDF,  lysychansk-2021-02.pdf",
            "lysychansk, 2021-03-05, 2021-04-20, CSV,  lysychansk-2021-03-05_2021-04-20.csv",
            "lysychansk, 2021-02-01, 2021-04-30, CSV,  lysychansk-2021-02-01_2021-04-30.csv",
            "Ivano-Frankivsk City, 2021-01-01, 2021-12-31, PDF, ivano-frankivsk-city-2021.pdf",
            "Київ, 2021-01-01, 2021-12-31, PDF, report-2021.pdf"})
    void theFileNameIsAsciiFromTenantAndPeriod(String tenant, LocalDate from, LocalDate to, ReportFormat format,
                                               String fileName) {
        String name = documents.fileName(SampleReports.forPeriod(tenant, from, to), format);
        assertThat(name).isEqualTo(fileName);
        assertThat(name).matches("[A-Za-z0-9._-]+");
    }

    @Test
    void browsersShowHtmlAndPdfAndDownloadTheRest() {
        assertThat(documents.contentDisposition(SampleReports.lysychansk2021(), ReportFormat.PDF))
                .hasToString("inline; filename=\"lysychansk-2021.pdf\"");
        assertThat(documents.contentDisposition(SampleReports.lysychansk2021(), ReportFormat.XLSX))
                .hasToString("attachment; filename=\"lysychansk-2021.xlsx\"");
    }

    private byte[] render(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.render(SampleReports.lysychansk2021(), format, out);
        return out.toByteArray();
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
