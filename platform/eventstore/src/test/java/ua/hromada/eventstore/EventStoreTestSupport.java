package ua.hromada.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** Builds engines and events the same way in every test of this module. */
final class EventStoreTestSupport {

    static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    private EventStoreTestSupport() {
    }

    static MongoEventStorageEngine engine(MongoDatabase database) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .build();
    }

    static DomainEventMessage<RecordedFact> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Ledger", aggregateId, sequence,
                                               new RecordedFact(aggregateId, sequence, "fact " + sequence),
                                               MetaData.from(Map.of("tenant", "lysychansk", "user", "clerk")));
    }

    static List<DomainEventMessage<?>> events(String aggregateId, long firstSequence, int count) {
        return LongStream.range(firstSequence, firstSequence + count)
                .<DomainEventMessage<?>>mapToObj(sequence -> event(aggregateId, sequence))
                .toList();
    }

    /** The payload the tests store: small, but serialized and deserialized like any domain event. */
    record RecordedFact(String aggregateId, long sequence, String text) {
    }
}
