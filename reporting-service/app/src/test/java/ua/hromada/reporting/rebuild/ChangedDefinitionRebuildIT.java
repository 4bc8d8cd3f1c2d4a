package ua.hromada.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.hromada.reporting.ReportingTestSupport.awaitLedger;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;

import ua.hromada.reporting.ledger.LedgerGeneration;
import ua.hromada.reporting.ledger.LedgerPointer;
import ua.hromada.reporting.ledger.LedgerProcessors;
import ua.hromada.reporting.metric.Fact;
import ua.hromada.reporting.metric.MetricDefinition;
import ua.hromada.reporting.metric.MetricFamily;
import ua.hromada.reporting.metric.ReportSectionKind;
import ua.hromada.testing.WithEmbeddedMongo;
import ua.hromada.testing.http.ApiCalls;
import ua.hromada.testing.jwt.TestJwtIssuer;
import ua.hromada.testing.jwt.WithTestJwtIssuer;

/**
 * Rebuilds after metric definitions change: a new definition gets the full history of its events through a
 * rebuild, and a rebuild whose processor keeps failing on an event (a definition that throws on it) is marked
 * failed after its grace period, drops its own generation and leaves the live ledger answering as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hromada.reports.rebuild.check-interval=200ms", "hromada.reports.rebuild.failure-grace=1s"})
@AutoConfigureObservability(tracing = false)
@WithEmbeddedMongo
@WithTestJwtIssuer
@Import(ChangedDefinitionRebuildIT.BrittleMetrics.class)
class ChangedDefinitionRebuildIT {

    static final AtomicBoolean BRITTLE = new AtomicBoolean();
    /** Off: the probe metric's definition does not exist yet, its events assert nothing. */
    static final AtomicBoolean DEFINED = new AtomicBoolean(true);

    @LocalServerPort
    private int port;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private LedgerProcessors processors;

    @Autowired
    private LedgerPointer pointer;

    @Autowired
    @Qualifier("hromadaEventStoreDatabase")
    private MongoDatabase database;

    private final ApiCalls api = new ApiCalls(() -> port);

    @AfterEach
    void definitionsAsDeployed() {
        BRITTLE.set(false);
        DEFINED.set(true);
    }

    @Test
    void aNewMetricDefinitionGetsItsFullHistoryThroughARebuild() throws Exception {
        DEFINED.set(false);
        String tenant = "council-" + UUID.randomUUID().toString().substring(0, 8);
        String auditor = TestJwtIssuer.shared().tokenFor(tenant + "-auditor", tenant, "auditor");
        probe(tenant, "p1", "2020-02-02");
        probe(tenant, "p2", "2021-03-03");
        awaitLedger(processors, pointer);
        assertThat(api.getAs(auditor, "/api/reports/activity?period=2021").body()).doesNotContain("test.probes");
        DEFINED.set(true);

        HttpResponse<String> started = api.postAs(auditor, "/api/reports/rebuilds", "");
        JsonNode rebuilt = awaitEnd(auditor, api.body(started).get("id").asText());

        assertThat(rebuilt.get("status").asText()).isEqualTo("completed");
        JsonNode series = api.body(api.getAs(auditor, "/api/reports/metrics/test.probes?from=2020-01-01&to=2021-12-31"
                + "&granularity=year"));
        assertThat(series.get("points").findValuesAsText("value")).containsExactly("1", "1");
    }

    @Test
    void aFailingRebuildLeavesTheLiveLedgerUntouched() throws Exception {
        String tenant = "council-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = TestJwtIssuer.shared().tokenFor(tenant + "-admin", tenant, "admin");
        probe(tenant, "probe", "2021-05-05");
        awaitLedger(processors, pointer);
        LedgerGeneration live = pointer.live();
        String report = api.getAs(admin, "/api/reports/activity?period=2021").body();
        assertThat(report).contains("test.probes");
        BRITTLE.set(true);

        HttpResponse<String> started = api.postAs(admin, "/api/reports/rebuilds", "");
        String id = api.body(started).get("id").asText();
        JsonNode failed = awaitEnd(admin, id);

        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("failure").asText()).contains("kept failing");
        assertThat(pointer.live()).isEqualTo(live);
        LedgerGeneration attempted = new LedgerGeneration(failed.get("generation").asLong());
        assertThat(database.listCollectionNames().into(new java.util.ArrayList<>()))
                .doesNotContain(attempted.cellsCollection(), attempted.recordsCollection());
        assertThat(without(api.getAs(admin, "/api/reports/activity?period=2021").body())).isEqualTo(without(report));
    }

    private void probe(String tenant, String id, String on) {
        eventStore.publish(new GenericDomainEventMessage<>("Probed", tenant + ":" + id, 0,
                new GenericEventMessage<>(new Probed(LocalDate.parse(on)), MetaData.with("tenant", tenant)),
                Instant.now()));
    }

    private JsonNode awaitEnd(String token, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode rebuild = api.body(api.getAs(token, "/api/reports/rebuilds/" + id));
            if (!rebuild.get("status").asText().equals("running")) {
                return rebuild;
            }
            assertThat(System.nanoTime()).as("still running: " + rebuild).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The report without its moments, which differ between two requests. */
    private static String without(String report) {
        return report.replaceAll("\"(asKnownAt|generatedAt)\":\"[^\"]*\"", "");
    }

    record Probed(LocalDate on) {
    }

    @TestConfiguration
    static class BrittleMetrics {

        @Bean
        MetricFamily probeMetrics() {
            return new ProbeMetrics();
        }
    }

    static final class ProbeMetrics extends MetricFamily {
        ProbeMetrics() {
            super(MetricDefinition.flow("test.probes").in(ReportSectionKind.REGISTRIES, 100).titled("Проби", "Проби")
                    .counting("проба", "проби", "проб").build());
            replacing(Probed.class, event -> {
                if (BRITTLE.get()) {
                    throw new IllegalStateException("this metric definition cannot read the event");
                }
                return DEFINED.get() ? List.of(Fact.one("test.probes", event.on(), null)) : List.of();
            });
        }
    }
}
