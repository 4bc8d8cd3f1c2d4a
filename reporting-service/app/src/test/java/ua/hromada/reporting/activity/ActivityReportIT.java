package ua.hromada.reporting.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.reporting.ReportingTestSupport.awaitLedger;
import static ua.hromada.reporting.ReportingTestSupport.metric;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import ua.hromada.registry.api.correspondence.IncomingDocumentAnsweredEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.organisation.OrganisationCorrectedEvent;
import ua.hromada.registry.api.organisation.OrganisationDetails;
import ua.hromada.registry.api.organisation.OrganisationId;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationLiquidatedEvent;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationWithdrawnEvent;
import ua.hromada.reporting.ledger.LedgerPointer;
import ua.hromada.reporting.ledger.LedgerProcessors;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.http.ApiCalls;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

/**
 * The activity report through HTTP, from registry events appended to the shared event store as registry-service
 * appends them: stocks and flows for a year with its comparison, corrections and withdrawals as known now and as
 * known before them, and the errors a caller can make.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class ActivityReportIT {

    private static final AtomicLong TENANTS = new AtomicLong();

    @LocalServerPort
    private int port;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private LedgerProcessors processors;

    @Autowired
    private LedgerPointer pointer;

    private final ApiCalls api = new ApiCalls(() -> port);
    private final HttpClient http = HttpClient.newHttpClient();
    private String tenant;
    private String clerk;

    @BeforeEach
    void newCouncil() {
        tenant = "council" + TENANTS.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        clerk = TestJwtIssuer.shared().tokenFor(tenant + "-clerk", tenant, "clerk");
    }

    @Test
    void organisationsAreAStockAsOfEachPeriodsLastDay() throws Exception {
        Instant recorded = Instant.parse("2022-01-10T09:00:00Z");
        register("o1", OrganisationKind.NGO, "2019-03-01", recorded);
        register("o2", OrganisationKind.NGO, "2020-06-01", recorded);
        register("o3", OrganisationKind.PARTY_CELL, "2018-01-01", recorded);
        liquidate("o3", OrganisationKind.PARTY_CELL, "2021-12-31", 1, recorded);
        register("o4", OrganisationKind.RELIGIOUS, "2021-12-31", recorded);
        awaitLedger(processors, pointer);

        JsonNode organisations = metric(report("period=2021&compare=previous-year"), "registry.organisations");

        assertThat(organisations.get("kind").asText()).isEqualTo("stock");
        assertThat(organisations.get("value").asLong()).isEqualTo(3);
        assertThat(organisations.get("previous").asLong()).isEqualTo(3);
        assertThat(organisations.get("breakdown").get("ngo").asLong()).isEqualTo(2);
        assertThat(organisations.get("breakdown").get("religious").asLong()).isEqualTo(1);
        assertThat(organisations.get("breakdown").get("party_cell").asLong()).as("liquidated on the last day").isZero();
        assertThat(organisations.get("breakdown").has("charity")).as("in neither period").isFalse();
        assertThat(organisations.get("previousBreakdown").get("party_cell").asLong()).isEqualTo(1);
        assertThat(organisations.get("valueSource").asText()).isEqualTo("records");
        assertThat(organisations.get("text").asText())
                .isEqualTo("Об'єднання громадян на обліку: 3 організації (на 31.12.2020 — 3)");
    }

    @Test
    void documentsAreFlowsByTheirOwnDates() throws Exception {
        Instant recorded = Instant.parse("2022-01-10T09:00:00Z");
        receive("d1", "2020-12-30", "2021-01-04", recorded);
        receive("d2", "2021-02-01", null, recorded);
        receive("d3", "2021-03-01", "2021-03-02", recorded);
        awaitLedger(processors, pointer);

        JsonNode report = report("period=2021&compare=previous-year");
        JsonNode incoming = metric(report, "registry.documents.incoming");
        JsonNode answered = metric(report, "registry.documents.answered");
        JsonNode quarter = metric(report("period=2021-Q1&compare=previous-period"), "registry.documents.answered");

        assertThat(incoming.get("value").asLong()).isEqualTo(2);
        assertThat(incoming.get("previous").asLong()).isEqualTo(1);
        assertThat(incoming.get("delta").asLong()).isEqualTo(1);
        assertThat(incoming.get("deltaPercent").asDouble()).isEqualTo(100.0);
        assertThat(incoming.get("text").asText()).isEqualTo("Вхідні документи: 2 документи (у 2020 — 1)");
        assertThat(answered.get("value").asLong()).isEqualTo(2);
        assertThat(answered.get("previous").asLong()).isZero();
        assertThat(quarter.get("value").asLong()).isEqualTo(2);
        assertThat(quarter.get("previousSource").asText()).isEqualTo("records");
    }

    @Test
    void aCorrectionChangesTheFigureFromItsRecordingOnAndEarlierKnowledgeStays() throws Exception {
        Instant registeredAt = Instant.parse("2022-01-10T09:00:00Z");
        Instant correctedAt = Instant.parse("2022-02-10T09:00:00Z");
        Instant withdrawnAt = Instant.parse("2022-03-10T09:00:00Z");
        register("c1", OrganisationKind.NGO, "2021-05-01", registeredAt);
        register("c2", OrganisationKind.NGO, "2021-05-02", registeredAt);
        publish("c1", 1, new OrganisationCorrectedEvent(new OrganisationId("c1"),
                details(OrganisationKind.NGO, "2021-05-01"), details(OrganisationKind.CHARITY, "2022-01-05"),
                "registered in 2022, as a charity"), correctedAt);
        publish("c2", 1, new OrganisationWithdrawnEvent(new OrganisationId("c2"),
                details(OrganisationKind.NGO, "2021-05-02"), "entered twice"), withdrawnAt);
        awaitLedger(processors, pointer);

        assertThat(metric(report("period=2021"), "registry.organisations").get("value").asLong())
                .as("nothing known to exist by the end of 2021 any more").isZero();
        assertThat(metric(report("period=2022"), "registry.organisations").get("breakdown").get("charity").asLong())
                .isEqualTo(1);
        JsonNode beforeCorrection = metric(report("period=2021&asKnownAt=2022-02-01T00:00:00Z"),
                "registry.organisations");
        assertThat(beforeCorrection.get("value").asLong()).isEqualTo(2);
        JsonNode beforeWithdrawal = metric(report("period=2021&asKnownAt=2022-03-01T00:00:00Z"),
                "registry.organisations");
        assertThat(beforeWithdrawal.get("value").asLong()).isEqualTo(1);
        assertThat(beforeWithdrawal.get("breakdown").get("ngo").asLong()).isEqualTo(1);
    }

    @Test
    void aRecordsLedgerShowsWhichEventOfWhomChangedWhatAndWhen() throws Exception {
        Instant registeredAt = Instant.parse("2022-01-10T09:00:00Z");
        Instant correctedAt = Instant.parse("2022-02-10T09:00:00Z");
        register("a1", OrganisationKind.NGO, "2021-05-01", registeredAt);
        publish("a1", 1, new OrganisationCorrectedEvent(new OrganisationId("a1"),
                details(OrganisationKind.NGO, "2021-05-01"), details(OrganisationKind.CHARITY, "2021-05-01"),
                "a charity"), correctedAt);
        awaitLedger(processors, pointer);

        JsonNode ledger = api.body(get("/api/reports/records/a1/facts"));

        assertThat(ledger.get("facts")).hasSize(1);
        assertThat(ledger.get("facts").get(0).get("dimension").asText()).isEqualTo("charity");
        JsonNode sources = ledger.get("sources");
        assertThat(sources).hasSize(2);
        assertThat(sources.get(0).get("type").asText()).isEqualTo("OrganisationRegisteredEvent");
        assertThat(sources.get(0).get("recordedAt").asText()).isEqualTo("2022-01-10T09:00:00Z");
        assertThat(sources.get(1).get("type").asText()).isEqualTo("OrganisationCorrectedEvent");
        assertThat(sources.get(1).get("user").asText()).isEqualTo("admin-of-" + tenant);
        assertThat(sources.get(1).get("changes").findValuesAsText("dimension")).containsExactlyInAnyOrder("ngo", "charity");
        assertThat(sources.get(1).get("changes").findValuesAsText("value")).containsExactlyInAnyOrder("-1", "1");
        api.assertProblem(get("/api/reports/records/nothing-here/facts"), 404, "record_not_found", "id");
    }

    @Test
    void periodFormsAndTheirErrors() throws Exception {
        register("p1", OrganisationKind.NGO, "2021-02-01", Instant.parse("2022-01-10T09:00:00Z"));
        awaitLedger(processors, pointer);

        assertThat(report("period=2021-H1").get("period").get("to").asText()).isEqualTo("2021-06-30");
        assertThat(report("period=2021-03").get("period").get("label").asText()).isEqualTo("березень 2021 року");
        assertThat(report("from=2021-01-15&to=2021-02-15&compare=previous-period").get("comparedTo").get("from")
                .asText()).isEqualTo("2020-12-14");
        api.assertProblem(get("/api/reports/activity?from=2021-01-01&to=2021-06-31"), 400, "invalid_date", "to");
        api.assertProblem(get("/api/reports/activity?period=2021-Q5"), 400, "invalid_period", "period");
        api.assertProblem(get("/api/reports/activity?period=2021-13"), 400, "invalid_period", "period");
        api.assertProblem(get("/api/reports/activity?from=2021-02-01&to=2021-01-01"), 422, "dates_out_of_order", "to");
        api.assertProblem(get("/api/reports/activity?period=2021&compare=last-decade"), 400, "invalid_compare", "compare");
        api.assertProblem(get("/api/reports/activity?period=2021&asKnownAt=yesterday"), 400, "invalid_instant",
                "asKnownAt");
        api.assertProblem(get("/api/reports/activity"), 400, "required", "from");
    }

    @Test
    void theSameReportDownloadsAsADocumentWordAndPdfReadersOpen() throws Exception {
        receive("w1", "2020-05-05", null, Instant.parse("2022-01-10T09:00:00Z"));
        receive("w2", "2021-05-05", "2021-05-06", Instant.parse("2022-01-10T09:00:00Z"));
        awaitLedger(processors, pointer);

        HttpResponse<byte[]> docx = download("/api/reports/activity?period=2021&compare=previous-year&format=docx", null);
        HttpResponse<byte[]> pdf = download("/api/reports/activity?period=2021&compare=previous-year",
                "application/pdf");
        HttpResponse<byte[]> xlsx = download("/api/reports/activity?period=2021&format=XLSX", null);

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains(tenant + "-2021.docx"));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Вхідні документи: 1 документ (у 2020 — 1)");
        }
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Вхідні документи");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(1);
        }
        api.assertProblem(get("/api/reports/activity?period=2021&format=odt"), 400, "unsupported_format", "format");
        assertThat(get("/api/reports/activity?period=2021&format=json").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void anotherCouncilSeesNoneOfIt() throws Exception {
        register("s1", OrganisationKind.NGO, "2021-02-01", Instant.parse("2022-01-10T09:00:00Z"));
        awaitLedger(processors, pointer);
        String otherClerk = TestJwtIssuer.shared().tokenFor("other-clerk", tenant + "-other", "clerk");

        JsonNode other = api.body(api.getAs(otherClerk, "/api/reports/activity?period=2021"));

        assertThat(other.get("sections")).isEmpty();
    }

    @Test
    void aMetricsTimeSeriesByQuarter() throws Exception {
        Instant recorded = Instant.parse("2022-01-10T09:00:00Z");
        receive("t1", "2021-01-10", null, recorded);
        receive("t2", "2021-05-10", null, recorded);
        receive("t3", "2021-05-11", null, recorded);
        awaitLedger(processors, pointer);

        JsonNode series = api.body(get("/api/reports/metrics/registry.documents.incoming?period=2021&granularity=quarter"));

        assertThat(series.get("points")).hasSize(4);
        assertThat(series.get("points").get(0).get("value").asLong()).isEqualTo(1);
        assertThat(series.get("points").get(1).get("value").asLong()).isEqualTo(2);
        assertThat(series.get("points").get(3).get("value").asLong()).isZero();
        api.assertProblem(get("/api/reports/metrics/registry.nothing?period=2021"), 404, "unknown_metric", "key");
        assertThat(api.body(get("/api/reports/metrics")).findValuesAsText("key")).contains("registry.organisations",
                "registry.documents.long_term_control");
    }

    private JsonNode report(String query) throws Exception {
        HttpResponse<String> response = get("/api/reports/activity?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.body(response);
    }

    private HttpResponse<byte[]> download(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(ApiCalls.withToken(clerk, request).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return api.getAs(clerk, path);
    }

    private void register(String id, OrganisationKind kind, String registeredOn, Instant recordedAt) {
        publish(id, 0, new OrganisationRegisteredEvent(new OrganisationId(id), kind, "Організація " + id,
                LocalDate.parse(registeredOn), null, null), recordedAt);
    }

    private void liquidate(String id, OrganisationKind kind, String liquidatedOn, long sequence, Instant recordedAt) {
        publish(id, sequence, new OrganisationLiquidatedEvent(new OrganisationId(id), kind,
                LocalDate.parse(liquidatedOn)), recordedAt);
    }

    private void receive(String id, String receivedOn, String answeredOn, Instant recordedAt) {
        IncomingDocumentId documentId = new IncomingDocumentId(id);
        publish(id, 0, new IncomingDocumentReceivedEvent(documentId, IncomingDocumentKind.LETTER,
                LocalDate.parse(receivedOn), "Облдержадміністрація", "Лист", null, null, false), recordedAt);
        if (answeredOn != null) {
            publish(id, 1, new IncomingDocumentAnsweredEvent(documentId, IncomingDocumentKind.LETTER,
                    LocalDate.parse(answeredOn)), recordedAt);
        }
    }

    private static OrganisationDetails details(OrganisationKind kind, String registeredOn) {
        return new OrganisationDetails(kind, "Організація", LocalDate.parse(registeredOn), null, null, null);
    }

    /** Appends an event of the tenant's record as registry-service would, recorded at a chosen moment. */
    private void publish(String recordId, long sequence, Object payload, Instant recordedAt) {
        String aggregateId = tenant + ":" + recordId;
        eventStore.publish(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregateId, sequence,
                new GenericEventMessage<>(payload, MetaData.with("tenant", tenant)
                        .and("user", sequence == 0 ? "clerk-of-" + tenant : "admin-of-" + tenant)), recordedAt));
    }
}
