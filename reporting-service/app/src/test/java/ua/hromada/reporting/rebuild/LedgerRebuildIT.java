package ua.hromada.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.reporting.ReportingTestSupport.awaitLedger;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ua.hromada.reporting.RegistryHistory;
import ua.hromada.reporting.ledger.LedgerGeneration;
import ua.hromada.reporting.ledger.LedgerPointer;
import ua.hromada.reporting.ledger.LedgerProcessors;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.http.ApiCalls;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

/**
 * A rebuild replays the event store into a new ledger generation and switches to it: every figure of every metric,
 * for several periods and moments of knowledge, is the same afterwards as the live ledger answered before — after a
 * history with corrections, withdrawals, liquidations and periods on long-term control.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hromada.reports.rebuild.check-interval=200ms")
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
class LedgerRebuildIT {

    private static final String REBUILDS = "/api/reports/rebuilds";
    private static final List<String> QUESTIONS = List.of(
            "period=2019",
            "period=2020&compare=previous-year",
            "period=2021&compare=previous-year",
            "period=2021-Q2&compare=previous-period",
            "period=2020-H2&compare=previous-year",
            "period=2021-03&compare=previous-period",
            "from=2019-06-15&to=2021-02-10",
            "period=2021&compare=previous-year&asKnownAt=2019-09-01T00:00:00Z",
            "period=2020&asKnownAt=2020-02-01T12:00:00Z");

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
    private String auditor;

    @BeforeEach
    void councilWithAHistory() throws Exception {
        awaitNoRebuildRunning();
        tenant = "council-" + UUID.randomUUID().toString().substring(0, 8);
        auditor = TestJwtIssuer.shared().tokenFor(tenant + "-auditor", tenant, "auditor");
        for (DomainEventMessage<?> event : new RegistryHistory(tenant, 7, Instant.parse("2019-01-05T08:00:00Z"))
                .generate(450)) {
            eventStore.publish(event);
        }
        awaitLedger(processors, pointer);
    }

    @Test
    void theRebuiltLedgerAnswersEveryQuestionAsTheLiveOneDid() throws Exception {
        Map<String, JsonNode> live = answers();
        LedgerGeneration before = pointer.live();

        HttpResponse<String> started = api.postAs(auditor, REBUILDS, "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = api.body(started).get("id").asText();
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(REBUILDS + "/" + id));
        JsonNode finished = awaitRebuild(id);

        assertThat(finished.get("status").asText()).isEqualTo("completed");
        assertThat(finished.get("processed").asLong()).isEqualTo(finished.get("total").asLong()).isPositive();
        assertThat(finished.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(finished.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(finished.get("requestedBy").asText()).isEqualTo(tenant + "-auditor");
        assertThat(pointer.live().number()).isEqualTo(finished.get("generation").asLong()).isGreaterThan(before.number());
        Map<String, JsonNode> rebuilt = answers();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        live.forEach((question, answer) -> assertThat(rebuilt.get(question)).as(question).isEqualTo(answer));
        assertThat(live.get("period=2021&compare=previous-year").get("sections").size()).as("registries, self-organisation, correspondence, civic participation").isEqualTo(4);
    }

    @Test
    void aCancelledRebuildLeavesTheLiveLedgerAsItWas() throws Exception {
        LedgerGeneration before = pointer.live();
        Map<String, JsonNode> live = answers();
        String platformAdmin = TestJwtIssuer.shared().tokenFor("platform-admin", null, "platform-admin");

        HttpResponse<String> started = api.postAs(platformAdmin, REBUILDS, "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = api.body(started).get("id").asText();
        api.assertProblem(api.postAs(auditor, REBUILDS, ""), 409, "rebuild_running");
        HttpResponse<String> cancelled = api.postAs(auditor, REBUILDS + "/" + id + "/cancellation", "");

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(api.body(cancelled).get("status").asText()).isEqualTo("cancelled");
        assertThat(api.body(cancelled).get("requestedBy").isNull()).as("started in no council of the caller's").isTrue();
        assertThat(pointer.live()).isEqualTo(before);
        assertThat(answers()).isEqualTo(live);
        api.assertProblem(api.postAs(auditor, REBUILDS + "/" + id + "/cancellation", ""), 409, "rebuild_not_running", "id");
        api.assertProblem(api.getAs(auditor, REBUILDS + "/no-such-rebuild"), 404, "rebuild_not_found", "id");
    }

    @Test
    void clerksNeitherStartNorFollowRebuilds() throws Exception {
        String clerk = TestJwtIssuer.shared().tokenFor(tenant + "-clerk", tenant, "clerk");

        api.assertProblem(api.postAs(clerk, REBUILDS, ""), 403, "forbidden");
        api.assertProblem(api.getAs(clerk, REBUILDS), 403, "forbidden");
    }

    /** Every question's report, without the moment it was generated at. */
    private Map<String, JsonNode> answers() throws Exception {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String question : QUESTIONS) {
            HttpResponse<String> response = api.getAs(auditor, "/api/reports/activity?" + question);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            ObjectNode report = (ObjectNode) api.body(response);
            report.remove("generatedAt");
            if (!question.contains("asKnownAt")) {
                report.remove("asKnownAt");
            }
            answers.put(question, report);
        }
        List<String> metrics = new ArrayList<>();
        api.body(api.getAs(auditor, "/api/reports/metrics")).forEach(metric -> metrics.add(metric.get("key").asText()));
        for (String metric : metrics) {
            ObjectNode series = (ObjectNode) api.body(api.getAs(auditor, "/api/reports/metrics/" + metric
                    + "?from=2019-01-01&to=2021-12-31&granularity=quarter"));
            series.remove("asKnownAt");
            answers.put(metric, series);
        }
        return answers;
    }

    private JsonNode awaitRebuild(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            JsonNode rebuild = api.body(api.getAs(auditor, REBUILDS + "/" + id));
            if (!rebuild.get("status").asText().equals("running")) {
                return rebuild;
            }
            assertThat(System.nanoTime()).as("rebuild still running: " + rebuild).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private void awaitNoRebuildRunning() throws InterruptedException {
        // Tests share the service: a test starts only when no other test's rebuild holds the one slot.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!pointer.claimRebuild("probe")) {
            assertThat(System.nanoTime()).as("a rebuild is still running").isLessThan(deadline);
            Thread.sleep(100);
        }
        pointer.releaseRebuild("probe");
    }
}
