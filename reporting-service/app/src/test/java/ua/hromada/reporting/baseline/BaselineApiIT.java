package ua.hromada.reporting.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.reporting.ReportingTestSupport.awaitLedger;
import static ua.hromada.reporting.ReportingTestSupport.metric;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import ua.hromada.registry.api.correspondence.IncomingDocumentId;
import ua.hromada.registry.api.correspondence.IncomingDocumentKind;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.reporting.ledger.LedgerPointer;
import ua.hromada.reporting.ledger.LedgerProcessors;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.http.ApiCalls;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

/** Baselines through HTTP: recorded by an admin, used for periods no records cover, refused when wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class BaselineApiIT {

    private static final String BASELINES = "/api/reports/baselines";

    @LocalServerPort
    private int port;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private LedgerProcessors processors;

    @Autowired
    private LedgerPointer pointer;

    private final ApiCalls api = new ApiCalls(() -> port);
    private String tenant;
    private String admin;
    private String clerk;

    @BeforeEach
    void newCouncil() {
        tenant = "council-" + UUID.randomUUID().toString().substring(0, 8);
        admin = TestJwtIssuer.shared().tokenFor(tenant + "-admin", tenant, "admin");
        clerk = TestJwtIssuer.shared().tokenFor(tenant + "-clerk", tenant, "clerk");
    }

    @Test
    void aBaselineAnswersForThePeriodBeforeTheRecordsAndIsMarked() throws Exception {
        receive("d1", "2021-01-11");
        receive("d2", "2021-02-11");
        HttpResponse<String> recorded = api.postAs(admin, BASELINES, """
                {"id": "incoming-2020", "metric": "registry.documents.incoming", "period": "2020", "value": 838,
                 "breakdown": {"letter": 800, "public_info_request": 38}, "source": "Звіт відділу за 2020 рік"}""");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        awaitLedger(processors, pointer);

        JsonNode incoming = metric(api.body(api.getAs(clerk, "/api/reports/activity?period=2021&compare=previous-year")),
                "registry.documents.incoming");

        assertThat(incoming.get("value").asLong()).isEqualTo(2);
        assertThat(incoming.get("valueSource").asText()).isEqualTo("records");
        assertThat(incoming.get("previous").asLong()).isEqualTo(838);
        assertThat(incoming.get("previousSource").asText()).isEqualTo("baseline");
        assertThat(incoming.get("previousBreakdown").get("public_info_request").asLong()).isEqualTo(38);
        assertThat(incoming.get("text").asText()).isEqualTo("Вхідні документи: 2 документи (у 2020 — 838)");
        JsonNode before2020 = metric(api.body(api.getAs(clerk, "/api/reports/activity?period=2021-Q1&compare=previous-year")),
                "registry.documents.incoming");
        assertThat(before2020.get("previous").isNull()).as("no baseline for 2020-Q1: unknown, not 0").isTrue();
        assertThat(before2020.get("previousSource").asText()).isEqualTo("unknown");
        assertThat(before2020.get("text").asText()).endsWith("(у I кварталі 2020 — немає даних)");
        assertThat(api.body(api.getAs(clerk, BASELINES)).findValuesAsText("metric"))
                .containsExactly("registry.documents.incoming");
    }

    @Test
    void aRepeatedBaselineRecordsNothingAndAChangedOneUnderTheSameIdIsAConflict() throws Exception {
        String baseline = """
                {"id": "appeals-2020", "metric": "registry.appeals", "period": "2020", "value": 120}""";
        assertThat(api.postAs(admin, BASELINES, baseline).statusCode()).isEqualTo(201);
        assertThat(api.postAs(admin, BASELINES, baseline).statusCode()).isEqualTo(200);
        api.assertProblem(api.postAs(admin, BASELINES, baseline.replace("120", "121")), 409, "id_conflict", "id");
    }

    @Test
    void wrongBaselinesAreRefusedNamingTheField() throws Exception {
        api.assertProblem(api.postAs(clerk, BASELINES, """
                {"metric": "registry.appeals", "period": "2020", "value": 1}"""), 403, "forbidden");
        api.assertProblem(api.postAs(admin, BASELINES, """
                {"metric": "registry.appeals", "from": "2021-06-01", "to": "2021-06-31", "value": 1}"""),
                400, "invalid_date", "to");
        api.assertProblem(api.postAs(admin, BASELINES, """
                {"metric": "registry.nothing", "period": "2020", "value": 1}"""), 422, "unknown_metric", "metric");
        api.assertProblem(api.postAs(admin, BASELINES, """
                {"metric": "registry.appeals", "period": "2020", "value": 5, "breakdown": {"phone": 2, "email": 2}}"""),
                422, "breakdown_mismatch", "breakdown");
        api.assertProblem(api.postAs(admin, BASELINES, """
                {"metric": "registry.appeals", "period": "2020", "value": 5, "breakdown": {"pigeon": 5}}"""),
                422, "unknown_dimension_value", "breakdown.pigeon");
        api.assertProblem(api.postAs(admin, BASELINES, """
                {"metric": "registry.appeals", "period": "2020"}"""), 400, "required", "value");
        api.assertProblem(api.postAs(admin, BASELINES, """
                {"metric": "registry.appeals", "period": "2999", "value": 1}"""), 422, "date_in_future", "period");
    }

    private void receive(String id, String receivedOn) {
        eventStore.publish(new GenericDomainEventMessage<>("IncomingDocumentReceivedEvent", tenant + ":" + id, 0,
                new GenericEventMessage<>(new IncomingDocumentReceivedEvent(new IncomingDocumentId(id),
                        IncomingDocumentKind.LETTER, LocalDate.parse(receivedOn), null, null, null, null, false),
                        MetaData.with("tenant", tenant)), Instant.now()));
    }
}
