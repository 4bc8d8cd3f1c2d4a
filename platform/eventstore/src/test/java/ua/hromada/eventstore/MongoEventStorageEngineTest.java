package ua.hromada.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.testing.MongoDatabases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.hromada.eventstore.EventStoreTestSupport.event;
import static ua.hromada.eventstore.EventStoreTestSupport.events;

class MongoEventStorageEngineTest {

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();
    private MongoDatabase database;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void freshDatabase() {
        database = mongo.fresh();
        engine = EventStoreTestSupport.engine(database);
    }

    @Test
    void loadsAnAggregateAcrossCommitsInSequenceOrder() {
        engine.appendEvents(events("org-1", 0, 3));
        engine.appendEvents(events("org-2", 0, 2));
        engine.appendEvents(events("org-1", 3, 1));
        engine.appendEvents(events("org-1", 4, 250));

        List<Long> sequences = engine.readEvents("org-1").asStream().map(DomainEventMessage::getSequenceNumber).toList();

        assertThat(sequences).hasSize(254).isSorted().startsWith(0L, 1L, 2L, 3L, 4L).endsWith(253L);
        assertThat(engine.readEvents("org-1", 100).asStream().findFirst().orElseThrow().getSequenceNumber()).isEqualTo(100L);
        assertThat(engine.lastSequenceNumberFor("org-1")).contains(253L);
        assertThat(engine.lastSequenceNumberFor("org-2")).contains(1L);
        assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
        assertThat(engine.readEvents("unknown").hasNext()).isFalse();
    }

    @Test
    void deserializesPayloadAndMetaDataAndKeepsTenantAndUserOnTheStoredEvent() {
        engine.appendEvents(events("org-1", 0, 1));

        DomainEventMessage<?> loaded = engine.readEvents("org-1").next();

        assertThat(loaded.getPayload()).isEqualTo(new EventStoreTestSupport.RecordedFact("org-1", 0, "fact 0"));
        assertThat(loaded.getMetaData()).containsEntry("tenant", "lysychansk").containsEntry("user", "clerk");
        assertThat(loaded.getType()).isEqualTo("Ledger");
        Document commit = database.getCollection("events").find().first();
        assertThat(commit.getString("tenant")).isEqualTo("lysychansk");
        assertThat(commit.getList("events", Document.class).get(0).getString("user")).isEqualTo("clerk");
    }

    @Test
    void aConflictingAppendIsAConcurrencyExceptionAndStoresNothing() {
        engine.appendEvents(events("org-1", 0, 2));

        engine.appendEvents(events("org-1", 2, 1));
        assertThatThrownBy(() -> engine.appendEvents(events("org-1", 2, 3)))
                .isInstanceOf(ConcurrencyException.class)
                .isNotInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> engine.appendEvents(events("org-1", 0, 1)))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(engine.readEvents("org-1").asStream().count()).isEqualTo(3);
        assertThat(trackAll(engine)).hasSize(3);
    }

    @Test
    void threadsAppendingTogetherShareGroupCommitsAndAConflictInAGroupRefusesOnlyItsOwnCommit() throws Exception {
        int threads = 8;
        int commitsPerThread = 40;
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> refusals = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String own = "own-" + t;
            refusals.add(writers.submit(() -> {
                start.await();
                int refused = 0;
                for (int i = 0; i < commitsPerThread; i++) {
                    engine.appendEvents(events(own, i * 2L, 2));
                    try {
                        // every thread races for the same first commit of a shared aggregate
                        engine.appendEvents(events("shared-" + i, 0, 1));
                    } catch (AggregateStreamCreationException | ConcurrencyException lost) {
                        refused++;
                    }
                }
                return refused;
            }));
        }
        start.countDown();
        int refused = 0;
        for (Future<Integer> result : refusals) {
            refused += result.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertThat(refused).as("all but one writer lose each shared race").isEqualTo((threads - 1) * commitsPerThread);
        List<Long> positions = positions(engine, null);
        int expectedEvents = threads * commitsPerThread * 2 + commitsPerThread;
        assertThat(positions).hasSize(expectedEvents).isSorted().doesNotHaveDuplicates();
        assertThat(positions.get(positions.size() - 1)).isEqualTo(expectedEvents);
        List<Long> commitNumbers = new ArrayList<>();
        database.getCollection("events").find().forEach(commit -> commitNumbers.add(commit.getLong("_id")));
        assertThat(commitNumbers).as("commit numbers stay a gap-free prefix")
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, commitNumbers.size()).boxed().toList());
        for (int t = 0; t < threads; t++) {
            assertThat(engine.readEvents("own-" + t).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                    .hasSize(commitsPerThread * 2).isSorted();
        }
    }

    @Test
    void aSecondEngineWithAStaleHeadStillAppendsAfterTheNewestCommit() {
        MongoEventStorageEngine other = EventStoreTestSupport.engine(database);
        engine.appendEvents(events("a", 0, 1));
        other.appendEvents(events("b", 0, 2));
        engine.appendEvents(events("c", 0, 3));
        other.appendEvents(events("d", 0, 1));

        List<TrackedEventMessage<?>> tracked = trackAll(engine);

        assertThat(tracked).extracting(e -> e.trackingToken().position().getAsLong())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(tracked).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier())
                .containsExactly("a", "b", "b", "c", "c", "c", "d");
    }

    @Test
    void tracksFromAnyTokenIncludingOneInsideACommitAndOneTheEngineHasNeverSeen() {
        engine.appendEvents(events("a", 0, 5));
        engine.appendEvents(events("b", 0, 5));
        engine.appendEvents(events("c", 0, 5));

        assertThat(positions(engine, new GlobalSequenceTrackingToken(7))).containsExactly(8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
        MongoEventStorageEngine restarted = EventStoreTestSupport.engine(database);
        assertThat(positions(restarted, new GlobalSequenceTrackingToken(12))).containsExactly(13L, 14L, 15L);
        assertThat(positions(restarted, new GlobalSequenceTrackingToken(10))).containsExactly(11L, 12L, 13L, 14L, 15L);
        assertThat(positions(restarted, new GlobalSequenceTrackingToken(15))).isEmpty();
        assertThat(positions(restarted, null)).hasSize(15);
    }

    @Test
    void aReaderFarBehindTheHeadCatchesUpPageByPageAndThenFollowsWhatWasAppendedMeanwhile() {
        int commits = 4_100;
        for (int commit = 0; commit < commits; commit++) {
            engine.appendEvents(events("record-" + commit, 0, 3));
        }
        long head = 3L * commits;
        MongoEventStorageEngine reader = EventStoreTestSupport.engine(database);

        List<Long> positions = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = reader.readEvents(new GlobalSequenceTrackingToken(4), false)) {
            stream.forEach(event -> {
                positions.add(event.trackingToken().position().getAsLong());
                if (positions.size() == 2_000) {
                    engine.appendEvents(events("appended-meanwhile", 0, 2));
                }
            });
        }

        assertThat(positions).containsExactlyElementsOf(LongStream.rangeClosed(5, head + 2).boxed().toList());
    }

    @Test
    void headTailAndTimeTokens() {
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(0));
        engine.appendEvents(events("a", 0, 3));
        sleepAMillisecond();
        Instant between = Instant.now();
        sleepAMillisecond();
        engine.appendEvents(events("b", 0, 2));

        assertThat(engine.createTailToken()).isEqualTo(new GlobalSequenceTrackingToken(0));
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(5));
        assertThat(EventStoreTestSupport.engine(database).createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(5));
        assertThat(engine.createTokenAt(between)).isEqualTo(new GlobalSequenceTrackingToken(3));
    }

    @Test
    void eventsPublishedOutsideAnAggregateAreTrackedButBelongToNoAggregate() {
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage(new EventStoreTestSupport.RecordedFact("none", 0, "notice"))));
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage("second"), GenericEventMessage.asEventMessage("third")));

        List<TrackedEventMessage<?>> tracked = trackAll(engine);

        assertThat(tracked).hasSize(3);
        assertThat(tracked.get(2).getPayload()).isEqualTo("third");
    }

    @Test
    void rejectsUnitsOfWorkTheStoreCannotCommitAtomically() {
        List<DomainEventMessage<?>> twoAggregates = Stream.concat(events("a", 0, 1).stream(), events("b", 0, 1).stream()).toList();
        assertThatThrownBy(() -> engine.appendEvents(twoAggregates))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("one aggregate");

        MongoEventStorageEngine small = MongoEventStorageEngine.builder().database(database)
                .eventSerializer(EventStoreTestSupport.SERIALIZER).snapshotSerializer(EventStoreTestSupport.SERIALIZER)
                .maxEventsPerCommit(3).build();
        assertThatThrownBy(() -> small.appendEvents(events("c", 0, 4)))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("at most 3");
        assertThat(trackAll(engine)).isEmpty();
    }

    @Test
    void aSnapshotShortensTheLoadAndAnOlderSnapshotNeverReplacesANewerOne() {
        engine.appendEvents(events("org-1", 0, 10));
        engine.storeSnapshot(event("org-1", 9));
        engine.storeSnapshot(event("org-1", 4));
        engine.appendEvents(events("org-1", 10, 2));

        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        List<Long> loaded = eventStore.readEvents("org-1").asStream().map(DomainEventMessage::getSequenceNumber).toList();
        eventStore.shutDown();

        assertThat(engine.readSnapshot("org-1")).get().extracting(DomainEventMessage::getSequenceNumber).isEqualTo(9L);
        assertThat(loaded).containsExactly(9L, 10L, 11L);
        assertThat(engine.lastSequenceNumberFor("org-1")).contains(11L);
    }

    @Test
    void aLoadThatStartsInsideACommitFindsThatCommit() {
        engine.appendEvents(events("org-1", 0, 6));

        assertThat(engine.readEvents("org-1", 3).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(3L, 4L, 5L);
    }

    @Test
    void storedEventsAreReadThroughTheUpcasterChain() {
        engine.appendEvents(events("org-1", 0, 2));
        SingleEventUpcaster renameText = new SingleEventUpcaster() {
            @Override
            protected boolean canUpcast(IntermediateEventRepresentation representation) {
                return representation.getType().getName().equals(EventStoreTestSupport.RecordedFact.class.getName())
                        && representation.getType().getRevision() == null;
            }

            @Override
            protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
                return representation.upcastPayload(
                        new SimpleSerializedType(EventStoreTestSupport.RecordedFact.class.getName(), "2"),
                        com.fasterxml.jackson.databind.JsonNode.class,
                        node -> ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("text", "upcast " + node.get("text").asText()));
            }
        };
        MongoEventStorageEngine upcasting = MongoEventStorageEngine.builder().database(database)
                .eventSerializer(EventStoreTestSupport.SERIALIZER).snapshotSerializer(EventStoreTestSupport.SERIALIZER)
                .upcasterChain(renameText).build();

        List<Object> payloads = upcasting.readEvents("org-1").asStream().<Object>map(DomainEventMessage::getPayload).toList();

        assertThat(payloads).containsExactly(new EventStoreTestSupport.RecordedFact("org-1", 0, "upcast fact 0"),
                                             new EventStoreTestSupport.RecordedFact("org-1", 1, "upcast fact 1"));
        assertThat(read(upcasting, null).stream().<Object>map(TrackedEventMessage::getPayload).toList()).isEqualTo(payloads);
    }

    private static List<TrackedEventMessage<?>> trackAll(MongoEventStorageEngine engine) {
        return read(engine, null);
    }

    private static List<TrackedEventMessage<?>> read(MongoEventStorageEngine engine, TrackingToken from) {
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(from, false)) {
            return new ArrayList<>(stream.collect(Collectors.toList()));
        }
    }

    private static List<Long> positions(MongoEventStorageEngine engine, TrackingToken from) {
        return read(engine, from).stream().map(e -> e.trackingToken().position().getAsLong()).toList();
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
