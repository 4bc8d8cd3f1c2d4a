package ua.hromada.reporting.ledger;

import static ua.hromada.reporting.ledger.BinaryValues.checkFormat;
import static ua.hromada.reporting.ledger.BinaryValues.read;
import static ua.hromada.reporting.ledger.BinaryValues.readSigned;
import static ua.hromada.reporting.ledger.BinaryValues.readUnsigned;
import static ua.hromada.reporting.ledger.BinaryValues.writeSigned;
import static ua.hromada.reporting.ledger.BinaryValues.write;
import static ua.hromada.reporting.ledger.BinaryValues.writeUnsigned;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ua.hromada.reporting.metric.Fact;

/**
 * A record's ledger as its document stores it: the facts it asserts now, and the sources — each event that changed
 * them, with what it changed — as two binary values. On the embedded MongoDB a document of nested fields costs a
 * Java serialization of every field at each write and read, and a rebuild writes a record's document with nearly
 * every event; as two byte arrays it costs little more than their length. Sources are appended: the encoding of a
 * record's sources is the concatenation of each source's encoding.
 */
final class RecordEncoding {

    private static final byte FORMAT = 1;

    private RecordEncoding() {
    }

    /** What one event changed in the ledger: {@code value} and number of facts on a day under a breakdown value. */
    record Change(String metric, LocalDate on, String dimension, long value, long count) {
    }

    /** An event that changed a record's facts: when the platform learnt it, from whom, and what it changed. */
    record Source(String event, long position, long sequence, String type, Instant recordedAt, String user,
                  List<Change> changes) {
    }

    static byte[] encodeFacts(List<Fact> facts) {
        return write(out -> {
            out.writeByte(FORMAT);
            writeUnsigned(out, facts.size());
            for (Fact fact : facts) {
                out.writeUTF(fact.metric());
                writeSigned(out, fact.on().toEpochDay());
                writeNullable(out, fact.dimension());
                writeSigned(out, fact.value());
                out.writeUTF(fact.part());
            }
        });
    }

    static List<Fact> decodeFacts(byte[] encoded) {
        return read(encoded, in -> {
            checkFormat(in.readByte(), FORMAT, "A record's ledger");
            int count = (int) readUnsigned(in);
            List<Fact> facts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                facts.add(new Fact(in.readUTF(), LocalDate.ofEpochDay(readSigned(in)), readNullable(in),
                        readSigned(in), in.readUTF()));
            }
            return facts;
        });
    }

    static byte[] encodeSource(Source source) {
        return write(out -> {
            out.writeByte(FORMAT);
            out.writeUTF(source.event());
            writeUnsigned(out, source.position());
            writeUnsigned(out, source.sequence());
            out.writeUTF(source.type());
            writeSigned(out, source.recordedAt().toEpochMilli());
            writeNullable(out, source.user());
            writeUnsigned(out, source.changes().size());
            for (Change change : source.changes()) {
                out.writeUTF(change.metric());
                writeSigned(out, change.on().toEpochDay());
                writeNullable(out, change.dimension());
                writeSigned(out, change.value());
                writeSigned(out, change.count());
            }
        });
    }

    /** {@code source} appended to a record's encoded sources. */
    static byte[] appendSource(byte[] sources, Source source) {
        return BinaryValues.concatenate(sources, encodeSource(source));
    }

    /** The sources of a concatenation of {@link #encodeSource} results, in order. */
    static List<Source> decodeSources(byte[] encoded) {
        return read(encoded, in -> {
            List<Source> sources = new ArrayList<>();
            while (true) {
                byte format;
                try {
                    format = in.readByte();
                } catch (EOFException end) {
                    return sources;
                }
                checkFormat(format, FORMAT, "A record's ledger");
                String event = in.readUTF();
                long position = readUnsigned(in);
                long sequence = readUnsigned(in);
                String type = in.readUTF();
                Instant recordedAt = Instant.ofEpochMilli(readSigned(in));
                String user = readNullable(in);
                int count = (int) readUnsigned(in);
                List<Change> changes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    changes.add(new Change(in.readUTF(), LocalDate.ofEpochDay(readSigned(in)),
                            readNullable(in), readSigned(in), readSigned(in)));
                }
                sources.add(new Source(event, position, sequence, type, recordedAt, user, changes));
            }
        });
    }

    private static void writeNullable(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }




}
