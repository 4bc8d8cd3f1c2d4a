package ua.hromada.reporting.ledger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Numbers in as few bytes as their size needs, for the ledger's binary values: seven bits a byte (the high bit says
 * another follows), signed numbers zig-zag encoded so that small negative numbers stay short.
 */
final class CompactNumbers {

    private CompactNumbers() {
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
