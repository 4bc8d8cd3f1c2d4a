package ua.hromada.reporting.ledger;

import static ua.hromada.reporting.ledger.BinaryValues.checkFormat;
import static ua.hromada.reporting.ledger.BinaryValues.read;
import static ua.hromada.reporting.ledger.BinaryValues.readSigned;
import static ua.hromada.reporting.ledger.BinaryValues.readUnsigned;
import static ua.hromada.reporting.ledger.BinaryValues.writeSigned;
import static ua.hromada.reporting.ledger.BinaryValues.write;
import static ua.hromada.reporting.ledger.BinaryValues.writeUnsigned;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cells of one tenant's business month, stored as one binary value of its month document.
 * <p>
 * A month holds a cell per metric, day, breakdown value and recording second, so at a million events a month has
 * about ten thousand of them. As fields of a document, every batch's {@code $inc} of a few hundred of them made the
 * embedded MongoDB check each updated path against every other (quadratic) and serialize the whole document field by
 * field; as one byte array the server stores and returns it in one piece. An encoding is a string table (metrics and
 * breakdown values) followed by the cells in a fixed order with variable length numbers, about 10 bytes a cell, so
 * the same cells always encode to the same bytes; a month's value is one encoding or several appended, the writer
 * appending each batch's cells and now and then merging them into one.
 */
final class MonthCells {

    private static final byte FORMAT = 1;
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::metric)
            .thenComparingInt(Key::day)
            .thenComparing(Key::dimension, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Key::recordedSecond);

    private final YearMonth month;
    private final Map<Key, long[]> sums;

    private MonthCells(YearMonth month, Map<Key, long[]> sums) {
        this.month = month;
        this.sums = sums;
    }

    static MonthCells empty(YearMonth month) {
        return new MonthCells(month, new HashMap<>());
    }

    /** Adds a contribution to its cell; a cell whose value and count both come back to zero is dropped. */
    void add(LedgerCell cell) {
        if (!YearMonth.from(cell.on()).equals(month)) {
            throw new IllegalArgumentException(cell + " is not of " + month);
        }
        add(new Key(cell.metric(), cell.on().getDayOfMonth(), cell.dimension(), cell.recordedSecond()), cell.value(),
                cell.count());
    }

    private void add(Key key, long value, long count) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += value;
        sum[1] += count;
        if (sum[0] == 0 && sum[1] == 0) {
            sums.remove(key);
        }
    }

    List<LedgerCell> cells() {
        List<LedgerCell> cells = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> cells.add(new LedgerCell(key.metric(), month.atDay(key.day()), key.dimension(),
                key.recordedSecond(), sum[0], sum[1])));
        return cells;
    }

    byte[] encode() {
        List<Key> keys = new ArrayList<>(sums.keySet());
        keys.sort(ORDER);
        Map<String, Integer> strings = new LinkedHashMap<>();
        for (Key key : keys) {
            strings.putIfAbsent(key.metric(), strings.size());
            if (key.dimension() != null) {
                strings.putIfAbsent(key.dimension(), strings.size());
            }
        }
        return write(out -> {
            out.writeByte(FORMAT);
            writeUnsigned(out, strings.size());
            for (String string : strings.keySet()) {
                out.writeUTF(string);
            }
            writeUnsigned(out, keys.size());
            for (Key key : keys) {
                long[] sum = sums.get(key);
                writeUnsigned(out, strings.get(key.metric()));
                out.writeByte(key.day());
                writeUnsigned(out, key.dimension() == null ? 0 : strings.get(key.dimension()) + 1);
                writeSigned(out, key.recordedSecond());
                writeSigned(out, sum[0]);
                writeSigned(out, sum[1]);
            }
        });
    }

    /**
     * The cells of an encoding or of several appended one after another ({@link #append}): a cell that appears in
     * several is their sum.
     */
    static MonthCells decode(YearMonth month, byte[] encoded) {
        return read(encoded, in -> {
            MonthCells cells = empty(month);
            while (in.available() > 0) {
                checkFormat(in.readByte(), FORMAT, "The cells of month " + month);
                String[] strings = new String[(int) readUnsigned(in)];
                for (int i = 0; i < strings.length; i++) {
                    strings[i] = in.readUTF();
                }
                int count = (int) readUnsigned(in);
                for (int i = 0; i < count; i++) {
                    String metric = strings[(int) readUnsigned(in)];
                    int day = in.readByte();
                    int dimension = (int) readUnsigned(in);
                    long second = readSigned(in);
                    cells.add(new Key(metric, day, dimension == 0 ? null : strings[dimension - 1], second),
                            readSigned(in), readSigned(in));
                }
            }
            return cells;
        });
    }

    /**
     * {@code more} appended to an encoding without decoding it: what a batch adds to a month costs what the batch
     * adds, not what the month holds. {@link #decode} sums what was appended.
     */
    static byte[] append(byte[] encoded, MonthCells more) {
        return BinaryValues.concatenate(encoded, more.encode());
    }

    private record Key(String metric, int day, String dimension, long recordedSecond) {
        Key {
            Objects.requireNonNull(metric);
        }
    }
}
