package ua.hromada.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ua.hromada.acceptance.GatewayClient.ApiResponse;

/**
 * The reason councils use Hromada, end to end: Lysychansk's demo registry records (deploy/demo, what the launcher
 * loads) imported through the gateway become the registry figures of the council's real 2021 annual and 2020 Q1
 * reports — every registry row of the figures table extracted from the seeds, computed from the records by the
 * report, for the period and its comparison.
 */
class LysychanskSeedReportIT {

    private static final Path ROOT = Path.of(System.getProperty("hromada.root", "../.."));
    private static final Path DEMO = ROOT.resolve("deploy/demo/lysychansk-registry.ndjson");
    private static final Path FIGURES = ROOT.resolve("reporting-service/app/src/test/resources/seeds/lysychansk-figures.csv");
    private static final String ANNUAL = "/api/reports/activity?period=2021&compare=previous-year";
    private static final String QUARTER = "/api/reports/activity?period=2020-Q1";

    private static GatewayClient gateway;
    private static String clerk;

    @BeforeAll
    static void demoDataImported() {
        AcceptanceStack stack = AcceptanceStack.dedicated();
        gateway = new GatewayClient(stack.gatewayUrl());
        clerk = stack.tokenOf("lysychansk-clerk");
        ApiResponse imported = gateway.postNdjson("/api/registry/imports", clerk, DEMO);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.json().get("rejected").asLong()).as("%s", imported).isZero();
    }

    @Test
    void theReportReproducesEveryRegistryFigureOfBothSeedReports() throws IOException {
        awaitEverySeedFigure();
    }

    /** The ledger follows the event store: a report requested right after the import may not count all of it yet. */
    private static void awaitEverySeedFigure() throws IOException {
        List<SeedFigure> figures = registryFigures();
        assertThat(figures).hasSizeGreaterThan(20);

        await("the ledger reproducing every registry figure of the seeds").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode annual = gateway.get(ANNUAL, clerk).json();
                    JsonNode quarter = gateway.get(QUARTER, clerk).json();
                    SoftAssertions softly = new SoftAssertions();
                    for (SeedFigure figure : figures) {
                        JsonNode report = figure.period().equals("2020-Q1") ? quarter : annual;
                        String field = figure.period().equals("2020") ? "previous" : "value";
                        softly.assertThat(figure.valueIn(report, field)).as(figure.toString()).isEqualTo(figure.value());
                    }
                    softly.assertAll();
                });
    }

    @Test
    void theAnnualReportDownloadsAsAWordDocumentWithTheSeedsSentences() throws IOException {
        awaitEverySeedFigure();

        HttpResponse<byte[]> docx = gateway.download(ANNUAL + "&format=docx", clerk);

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("lysychansk-2021.docx"));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
                    .as("the council's name from its Keycloak group, in the title")
                    .anySatisfy(text -> assertThat(text).startsWith("Лисичанська міська рада. Звіт про діяльність за 2021 рік"));
            assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anySatisfy(text -> assertThat(text).startsWith("Вхідні документи: 1759 документів (у 2020 — 838)"));
        }
    }

    private static List<SeedFigure> registryFigures() throws IOException {
        List<SeedFigure> figures = new ArrayList<>();
        List<String> lines = Files.readAllLines(FIGURES, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csvCells(line);
            if (cells.get(1).startsWith("registry.")) {
                figures.add(new SeedFigure(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
                        Long.parseLong(cells.get(5)), cells.get(6)));
            }
        }
        return figures;
    }

    /** One line of RFC 4180 CSV (the table's quotes hold commas, none hold line breaks). */
    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A row of the seeds' figures table. */
    private record SeedFigure(String seed, String metric, String dimension, String dimensionValue, String period,
                              long value, String quote) {

        /** The figure's value in a report: the metric's total, or its breakdown value. */
        Long valueIn(JsonNode report, String field) {
            for (JsonNode section : report.get("sections")) {
                for (JsonNode metric : section.get("metrics")) {
                    if (metric.get("key").asText().equals(this.metric)) {
                        JsonNode value = dimension.isEmpty() ? metric.get(field)
                                : metric.get(field.equals("value") ? "breakdown" : "previousBreakdown").get(dimensionValue);
                        return value == null || value.isNull() ? null : value.asLong();
                    }
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return metric + (dimension.isEmpty() ? "" : "[" + dimension + "=" + dimensionValue + "]") + " " + period
                    + " (" + seed + ": «" + quote + "»)";
        }
    }
}
