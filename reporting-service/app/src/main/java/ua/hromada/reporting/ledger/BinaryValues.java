package ua.hromada.reporting.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * What the ledger's binary values ({@link MonthCells}, {@link RecordEncoding}) share: writing and reading them
 * through data streams, numbers in as few bytes as their size needs (seven bits a byte, the high bit saying another
 * follows; signed numbers zig-zag encoded so that small negative numbers stay short), a format byte that asks for a
 * rebuild when it is not the one this service writes, and appending one value to another.
 */
final class BinaryValues {

    private BinaryValues() {
    }

    interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    interface Reading<T> {
        T from(DataInputStream in) throws IOException;
    }

    static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static <T> T read(byte[] encoded, Reading<T> reading) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            return reading.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code more} after {@code encoded}. */
    static byte[] concatenate(byte[] encoded, byte[] more) {
        byte[] all = Arrays.copyOf(encoded, encoded.length + more.length);
        System.arraycopy(more, 0, all, encoded.length, more.length);
        return all;
    }

    /** Refuses a value of another format than {@code expected}: the ledger must be rebuilt by this service. */
    static void checkFormat(byte format, byte expected, String what) {
        if (format != expected) {
            throw new IllegalStateException(what + " is in format " + format + ", this service reads format "
                    + expected + ": rebuild the ledger");
        }
    }

    static void writeUnsigned(DataOutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    static long readUnsigned(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.readByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed variable-length number");
    }

    static void writeSigned(DataOutputStream out, long value) throws IOException {
        writeUnsigned(out, (value << 1) ^ (value >> 63));
    }

    static long readSigned(DataInputStream in) throws IOException {
        long zigZagged = readUnsigned(in);
        return (zigZagged >>> 1) ^ -(zigZagged & 1);
    }
}
