package ua.hromada.eventstore;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.RawBsonDocument;

/**
 * A commit document read for tracking, decoded straight from its BSON bytes: a catch-up reads every commit of the
 * store, and the driver's decoding into {@code Document}s (a map entry and a name string per field of every event)
 * and Axon's re-encoding of each payload and metadata string into the bytes its serializer reads were a fifth of a
 * reporting rebuild's CPU. Payload and metadata stay the UTF-8 bytes they are stored as.
 *
 * @param number      the commit's number ({@code _id})
 * @param firstGlobal the global position of its first event
 * @param lastGlobal  the global position of its last event
 * @param events      its events in order
 */
record StoredCommit(long number, long firstGlobal, long lastGlobal, List<StoredEventData> events) {

    private static final byte END = 0x00;
    private static final byte DOUBLE = 0x01;
    private static final byte STRING = 0x02;
    private static final byte DOCUMENT = 0x03;
    private static final byte ARRAY = 0x04;
    private static final byte BINARY = 0x05;
    private static final byte OBJECT_ID = 0x07;
    private static final byte BOOLEAN = 0x08;
    private static final byte DATE_TIME = 0x09;
    private static final byte NULL = 0x0A;
    private static final byte INT32 = 0x10;
    private static final byte TIMESTAMP = 0x11;
    private static final byte INT64 = 0x12;
    private static final byte DECIMAL128 = 0x13;

    private static final byte[] ID = name(MongoEventStorageEngine.ID);
    private static final byte[] FIRST_GLOBAL = name(MongoEventStorageEngine.FIRST_GLOBAL);
    private static final byte[] LAST_GLOBAL = name(MongoEventStorageEngine.LAST_GLOBAL);
    private static final byte[] AGGREGATE_ID = name(MongoEventStorageEngine.AGGREGATE_ID);
    private static final byte[] EVENTS = name(MongoEventStorageEngine.EVENTS);
    private static final byte[] EVENT_ID = name(MongoEventStorageEngine.EVENT_ID);
    private static final byte[] SEQ = name(MongoEventStorageEngine.SEQ);
    private static final byte[] AGGREGATE_TYPE = name(MongoEventStorageEngine.AGGREGATE_TYPE);
    private static final byte[] TIMESTAMP_FIELD = name(MongoEventStorageEngine.TIMESTAMP);
    private static final byte[] PAYLOAD_TYPE = name(MongoEventStorageEngine.PAYLOAD_TYPE);
    private static final byte[] REVISION = name(MongoEventStorageEngine.REVISION);
    private static final byte[] PAYLOAD = name(MongoEventStorageEngine.PAYLOAD);
    private static final byte[] META_DATA = name(MongoEventStorageEngine.META_DATA);

    static StoredCommit from(RawBsonDocument commit) {
        ByteBuffer bytes = commit.getByteBuffer().asNIO().order(ByteOrder.LITTLE_ENDIAN);
        try {
            return read(bytes);
        } catch (RuntimeException e) {
            throw new EventStoreException("A stored commit is not in the format this engine writes", e);
        }
    }

    private static StoredCommit read(ByteBuffer in) {
        int end = in.position() + in.getInt() - 1;
        long number = -1;
        long firstGlobal = -1;
        long lastGlobal = -1;
        String aggregateId = null;
        int eventsAt = -1;
        while (in.position() < end) {
            byte type = in.get();
            int nameAt = in.position();
            skipName(in);
            if (named(in, nameAt, ID)) {
                number = readLong(in, type);
            } else if (named(in, nameAt, FIRST_GLOBAL)) {
                firstGlobal = readLong(in, type);
            } else if (named(in, nameAt, LAST_GLOBAL)) {
                lastGlobal = readLong(in, type);
            } else if (named(in, nameAt, AGGREGATE_ID)) {
                aggregateId = readString(in, type);
            } else {
                if (named(in, nameAt, EVENTS) && type == ARRAY) {
                    eventsAt = in.position();
                }
                skipValue(in, type);
            }
        }
        if (number < 0 || firstGlobal < 0 || lastGlobal < firstGlobal || eventsAt < 0) {
            throw new IllegalArgumentException("a commit without its number, positions or events");
        }
        in.position(eventsAt);
        return new StoredCommit(number, firstGlobal, lastGlobal, readEvents(in, aggregateId));
    }

    private static List<StoredEventData> readEvents(ByteBuffer in, String commitAggregateId) {
        int end = in.position() + in.getInt() - 1;
        List<StoredEventData> events = new ArrayList<>();
        while (in.position() < end) {
            byte type = in.get();
            skipName(in);
            if (type != DOCUMENT) {
                throw new IllegalArgumentException("an event that is not a document");
            }
            events.add(readEvent(in, commitAggregateId));
        }
        return events;
    }

    private static StoredEventData readEvent(ByteBuffer in, String commitAggregateId) {
        int end = in.position() + in.getInt() - 1;
        String eventId = null;
        String aggregateId = commitAggregateId;
        long sequence = -1;
        String aggregateType = null;
        String timestamp = null;
        String payloadType = null;
        String revision = null;
        byte[] payload = null;
        byte[] metaData = null;
        while (in.position() < end) {
            byte type = in.get();
            int nameAt = in.position();
            skipName(in);
            if (named(in, nameAt, EVENT_ID)) {
                eventId = readString(in, type);
            } else if (named(in, nameAt, AGGREGATE_ID)) {
                aggregateId = readString(in, type);
            } else if (named(in, nameAt, SEQ)) {
                sequence = readLong(in, type);
            } else if (named(in, nameAt, AGGREGATE_TYPE)) {
                aggregateType = readString(in, type);
            } else if (named(in, nameAt, TIMESTAMP_FIELD)) {
                timestamp = readString(in, type);
            } else if (named(in, nameAt, PAYLOAD_TYPE)) {
                payloadType = readString(in, type);
            } else if (named(in, nameAt, REVISION)) {
                revision = readString(in, type);
            } else if (named(in, nameAt, PAYLOAD)) {
                payload = readUtf8(in, type);
            } else if (named(in, nameAt, META_DATA)) {
                metaData = readUtf8(in, type);
            } else {
                skipValue(in, type);
            }
        }
        in.position(end + 1);
        if (eventId == null || timestamp == null || payloadType == null || payload == null || metaData == null) {
            throw new IllegalArgumentException("an event without its id, timestamp, payload or metadata");
        }
        return new StoredEventData(aggregateType, aggregateId, sequence, eventId, timestamp, payloadType, revision,
                payload, metaData);
    }

    private static byte[] name(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the name read from {@code nameAt} (up to its terminating zero, just before the position) is {@code name}. */
    private static boolean named(ByteBuffer in, int nameAt, byte[] name) {
        if (in.position() - 1 - nameAt != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (in.get(nameAt + i) != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static void skipName(ByteBuffer in) {
        while (in.get() != END) {
            // the name's bytes
        }
    }

    private static long readLong(ByteBuffer in, byte type) {
        return switch (type) {
            case INT64 -> in.getLong();
            case INT32 -> in.getInt();
            case DOUBLE -> (long) in.getDouble();
            default -> throw new IllegalArgumentException("a number stored as BSON type " + type);
        };
    }

    private static String readString(ByteBuffer in, byte type) {
        byte[] utf8 = readUtf8(in, type);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    private static byte[] readUtf8(ByteBuffer in, byte type) {
        if (type == NULL) {
            return null;
        }
        if (type != STRING) {
            throw new IllegalArgumentException("a text stored as BSON type " + type);
        }
        int length = in.getInt() - 1;
        byte[] utf8 = new byte[length];
        in.get(utf8);
        in.get();
        return utf8;
    }

    private static void skipValue(ByteBuffer in, byte type) {
        int skip = switch (type) {
            case DOUBLE, DATE_TIME, TIMESTAMP, INT64 -> 8;
            case STRING -> in.getInt();
            case DOCUMENT, ARRAY -> in.getInt() - 4;
            case BINARY -> in.getInt() + 1;
            case OBJECT_ID -> 12;
            case BOOLEAN -> 1;
            case NULL -> 0;
            case INT32 -> 4;
            case DECIMAL128 -> 16;
            default -> throw new IllegalArgumentException("a value of BSON type " + type + " in a commit");
        };
        in.position(in.position() + skip);
    }
}
