package ua.hromada.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoDatabase;

import ua.hromada.testing.MongoDatabases;

/** Commits decoded from their BSON bytes carry what the engine stored, whatever the order of their fields. */
class StoredCommitTest {

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    @Test
    void aStoredCommitReadsBackAsTheEngineWroteIt() {
        MongoDatabase database = mongo.fresh();
        MongoEventStorageEngine engine = EventStoreTestSupport.engine(database);
        engine.appendEvents(new GenericDomainEventMessage<>("Ledger", "org-1", 0,
                        new EventStoreTestSupport.RecordedFact("org-1", 0, "Лисичанська міська рада — «факт»"),
                        MetaData.from(Map.of("tenant", "lysychansk", "user", "clerk"))),
                EventStoreTestSupport.event("org-1", 1));
        engine.appendEvents(GenericEventMessage.asEventMessage("published outside an aggregate"));

        List<StoredCommit> commits = database.getCollection("events").withDocumentClass(RawBsonDocument.class)
                .find().map(StoredCommit::from).into(new java.util.ArrayList<>());

        assertThat(commits).extracting(StoredCommit::number, StoredCommit::firstGlobal, StoredCommit::lastGlobal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple(2L, 3L, 3L));
        StoredEventData first = commits.get(0).events().get(0);
        Document stored = database.getCollection("events").find().first().getList("events", Document.class).get(0);
        assertThat(first.getAggregateIdentifier()).isEqualTo("org-1");
        assertThat(first.getType()).isEqualTo("Ledger");
        assertThat(first.getSequenceNumber()).isZero();
        assertThat(first.getEventIdentifier()).isEqualTo(stored.getString("eventId"));
        assertThat(first.getTimestamp()).isEqualTo(Instant.parse(stored.getString("timestamp")));
        assertThat(first.getPayload().getType().getName()).isEqualTo(EventStoreTestSupport.RecordedFact.class.getName());
        assertThat(first.getPayload().getType().getRevision()).isNull();
        assertThat(new String(first.getPayload().getData(), StandardCharsets.UTF_8)).isEqualTo(stored.getString("payload"));
        assertThat(EventStoreTestSupport.SERIALIZER.<byte[], MetaData>deserialize(first.getMetaData()))
                .containsEntry("tenant", "lysychansk").containsEntry("user", "clerk");
        assertThat(commits.get(0).events().get(1).getSequenceNumber()).isEqualTo(1);
        StoredEventData outside = commits.get(1).events().get(0);
        assertThat(outside.getAggregateIdentifier()).isEqualTo(outside.getEventIdentifier());
        assertThat(outside.getType()).isNull();
    }

    @Test
    void fieldsInAnotherOrderAndFieldsItDoesNotKnowAreRead() {
        BsonDocument event = new BsonDocument("extra", new BsonDocument("nested", new BsonInt32(1)))
                .append("metaData", new BsonString("{\"tenant\":\"nizhyn\"}"))
                .append("payload", new BsonString("{\"text\":\"ї\"}"))
                .append("revision", new BsonString("2"))
                .append("payloadType", new BsonString("Thing"))
                .append("timestamp", new BsonString("2021-03-01T09:00:00.5Z"))
                .append("seq", new BsonInt32(7))
                .append("eventId", new BsonString("e-1"))
                .append("flag", new BsonBinary(new byte[] {1, 2, 3}))
                .append("aggregateType", new BsonNull());
        BsonDocument commit = new BsonDocument("events", new org.bson.BsonArray(List.of(event)))
                .append("someId", new BsonObjectId())
                .append("weight", new BsonDouble(1.5))
                .append("lastGlobal", new BsonInt64(10))
                .append("firstGlobal", new BsonInt64(10))
                .append("aggregateId", new BsonString("thing-1"))
                .append("_id", new BsonInt64(4));

        StoredCommit read = StoredCommit.from(new RawBsonDocument(commit, new org.bson.codecs.BsonDocumentCodec()));

        assertThat(read.number()).isEqualTo(4);
        StoredEventData only = read.events().get(0);
        assertThat(only.getAggregateIdentifier()).isEqualTo("thing-1");
        assertThat(only.getSequenceNumber()).isEqualTo(7);
        assertThat(only.getType()).isNull();
        assertThat(only.getPayload().getType().getRevision()).isEqualTo("2");
        assertThat(new String(only.getPayload().getData(), StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"ї\"}");
        assertThat(only.getTimestamp()).isEqualTo(Instant.parse("2021-03-01T09:00:00.500Z"));
    }

    @Test
    void aDocumentThatIsNoCommitIsAnEventStoreError() {
        RawBsonDocument notACommit = new RawBsonDocument(new Document("_id", 1L).append("events", "none"),
                new DocumentCodec());

        assertThatThrownBy(() -> StoredCommit.from(notACommit)).isInstanceOf(EventStoreException.class);
    }

    @Test
    void timestampsParseAsTheIsoParserDoes() {
        for (String text : List.of("2021-03-01T09:00:00Z", "2020-02-29T23:59:59.999Z", "1970-01-01T00:00:00.000001Z",
                "2026-12-07T20:31:50.123456789Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.1Z")) {
            assertThat(StoredEventData.parseInstant(text)).as(text).isEqualTo(Instant.parse(text));
        }
        assertThat(StoredEventData.parseInstant("2021-03-01T11:00:00+02:00"))
                .isEqualTo(Instant.parse("2021-03-01T09:00:00Z"));
        assertThatThrownBy(() -> StoredEventData.parseInstant("2021-02-30T09:00:00Z"))
                .isInstanceOf(DateTimeException.class);
    }
}
