package ua.hromada.benchmarks;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentWithdrawnEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryHistoryGeneratorTest {

    private static final int EVENTS = 30_000;

    @Test
    void generatesExactlyTheEventsAskedForAsCommitsOfOneRecordInRecordingOrder() {
        List<List<DomainEventMessage<?>>> commits = generate(EVENTS, 7);

        assertThat(commits.stream().mapToInt(List::size).sum()).isEqualTo(EVENTS);
        Map<String, Long> nextSequence = new HashMap<>();
        Instant previous = Instant.MIN;
        for (List<DomainEventMessage<?>> commit : commits) {
            Instant recorded = commit.get(0).getTimestamp();
            assertThat(recorded).isAfterOrEqualTo(previous);
            previous = recorded;
            for (DomainEventMessage<?> event : commit) {
                assertThat(event.getAggregateIdentifier()).isEqualTo(commit.get(0).getAggregateIdentifier());
                assertThat(event.getTimestamp()).isEqualTo(recorded);
                assertThat(event.getSequenceNumber())
                        .isEqualTo(nextSequence.getOrDefault(event.getAggregateIdentifier(), 0L));
                nextSequence.put(event.getAggregateIdentifier(), event.getSequenceNumber() + 1);
                assertThat(event.getAggregateIdentifier()).startsWith(event.getMetaData().get("tenant") + ":");
            }
        }
        assertThat(commits.get(0).get(0).getTimestamp()).isAfterOrEqualTo(RegistryHistoryGenerator.FIRST_RECORDED);
        assertThat(previous).isBetween(RegistryHistoryGenerator.LAST_RECORDED.minusSeconds(60 * 86_400),
                RegistryHistoryGenerator.LAST_RECORDED.plusSeconds(60 * 86_400));
    }

    @Test
    void coversEveryRegisterAndEveryCouncilWithLifecyclesAndSharedCommits() {
        List<List<DomainEventMessage<?>>> commits = generate(EVENTS, 7);

        Set<String> types = new HashSet<>();
        Set<String> payloads = new HashSet<>();
        Set<Object> tenants = new HashSet<>();
        commits.stream().flatMap(List::stream).forEach(event -> {
            types.add(event.getType());
            payloads.add(event.getPayloadType().getSimpleName());
            tenants.add(event.getMetaData().get("tenant"));
        });
        assertThat(types).containsExactlyInAnyOrder("IncomingDocument", "OutgoingDocument", "CitizenAppeal", "Act",
                "Organisation", "Petition", "BudgetProject", "StreetCommittee", "Commission");
        assertThat(payloads).contains("IncomingDocumentAnsweredEvent", "IncomingDocumentPutOnLongTermControlEvent",
                "IncomingDocumentTakenOffLongTermControlEvent", "IncomingDocumentCorrectedEvent",
                "IncomingDocumentWithdrawnEvent", "OrganisationLiquidatedEvent", "OrganisationCorrectedEvent",
                "OrganisationWithdrawnEvent", "ActAdoptedEvent", "PetitionAnsweredEvent",
                "BudgetProjectWinnerDeclaredEvent", "StreetCommitteeElectionRecordedEvent",
                "CommissionMeetingHeldEvent");
        assertThat(tenants).containsExactlyInAnyOrderElementsOf(RegistryHistoryGenerator.TENANTS);
        assertThat(commits).anyMatch(commit -> commit.size() > 1);
    }

    @Test
    void sameSeedSameHistory() {
        List<List<DomainEventMessage<?>>> first = generate(2_000, 11);
        List<List<DomainEventMessage<?>>> second = generate(2_000, 11);

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).get(0).getPayload()).isEqualTo(first.get(i).get(0).getPayload());
            assertThat(second.get(i).get(0).getTimestamp()).isEqualTo(first.get(i).get(0).getTimestamp());
        }
    }

    @Test
    void everyPayloadReadsBackAsWrittenWithTheServicesSerializer() {
        JacksonSerializer serializer = ReportingBenchmark.servicesSerializer();

        for (DomainEventMessage<?> event : generate(5_000, 3).stream().flatMap(List::stream).toList()) {
            SerializedObject<String> written = serializer.serialize(event.getPayload(), String.class);
            assertThat((Object) serializer.deserialize(written)).isEqualTo(event.getPayload());
            if (event.getPayload() instanceof IncomingDocumentReceivedEvent) {
                // as registry-service writes dates: ISO strings, not arrays
                assertThat(written.getData()).containsPattern("\"receivedOn\":\"\\d{4}-\\d{2}-\\d{2}\"");
            }
        }
    }

    @Test
    void countsTheIncomingDocumentsItGenerated() {
        RegistryHistoryGenerator history = new RegistryHistoryGenerator(EVENTS, 5);
        Map<String, Long> counted = new HashMap<>();
        while (history.hasNext()) {
            for (DomainEventMessage<?> event : history.nextCommit()) {
                String tenant = (String) event.getMetaData().get("tenant");
                if (event.getPayload() instanceof IncomingDocumentReceivedEvent received) {
                    counted.merge(tenant + received.receivedOn().getYear(), 1L, Long::sum);
                } else if (event.getPayload() instanceof IncomingDocumentWithdrawnEvent withdrawn) {
                    counted.merge(tenant + withdrawn.withdrawn().receivedOn().getYear(), -1L, Long::sum);
                }
            }
        }

        for (String tenant : RegistryHistoryGenerator.TENANTS) {
            assertThat(history.incomingDocumentsReceived(tenant, 2020)).isPositive()
                    .isEqualTo(counted.get(tenant + 2020));
        }
    }

    private static List<List<DomainEventMessage<?>>> generate(long events, long seed) {
        RegistryHistoryGenerator history = new RegistryHistoryGenerator(events, seed);
        List<List<DomainEventMessage<?>>> commits = new ArrayList<>();
        while (history.hasNext()) {
            commits.add(history.nextCommit());
        }
        return commits;
    }
}
