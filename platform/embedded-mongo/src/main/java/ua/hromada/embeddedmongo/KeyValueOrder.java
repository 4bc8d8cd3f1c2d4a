package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * H2's {@link ObjectDataType} for index keys, comparing and storing {@link KeyValue}s of simple values (strings,
 * numbers, booleans, nulls) without Java serialization: such keys come first, by their number of values, then value
 * by value by type and value. Two simple keys compare as equal exactly when they are {@code equals}, as a unique index
 * needs. Keys holding anything else (documents, ids, dates) come after them and compare and are stored as
 * {@link ObjectDataType} does.
 * <p>
 * H2 writes a changed page whole and reads a page not in its cache whole, so every key of the page goes through
 * this type each time; with {@code ObjectOutputStream} per key that was a fifth of the embedded server's time in a
 * rebuild of a million events. Each stored key starts with a marker byte: {@value #SIMPLE} for the compact encoding,
 * {@value #SERIALIZED} for {@link ObjectDataType}'s.
 */
final class KeyValueOrder extends ObjectDataType {

    private static final byte SIMPLE = 1;
    private static final byte SERIALIZED = 2;

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            if (left.size() == 1 && right.size() == 1) {
                // most keys (every _id index) hold one value: rank each once instead of walking the keys twice
                Object leftValue = left.get(0);
                Object rightValue = right.get(0);
                int leftRank = rank(leftValue);
                int rightRank = rank(rightValue);
                if (leftRank >= 0 && rightRank >= 0) {
                    return leftRank != rightRank ? Integer.compare(leftRank, rightRank)
                            : compareOfOneRank(leftValue, rightValue);
                }
                if (leftRank >= 0 || rightRank >= 0) {
                    return leftRank >= 0 ? -1 : 1;
                }
                return super.compare(a, b);
            }
            boolean leftSimple = isSimple(left);
            boolean rightSimple = isSimple(right);
            if (leftSimple && rightSimple) {
                return compareSimple(left, right);
            }
            if (leftSimple != rightSimple) {
                return leftSimple ? -1 : 1;
            }
        }
        return super.compare(a, b);
    }

    /**
     * What H2 weighs a cached page of keys by. For a key it does not serialize itself {@link ObjectDataType} answers
     * with its running average of serialized sizes, which only its own writes update and which starts at 10,000
     * bytes: simple keys would make every index page look a hundred times its size and its cache evict all the time.
     */
    @Override
    public int getMemory(Object key) {
        if (key instanceof KeyValue keyValue && isSimple(keyValue)) {
            int memory = 48;
            for (Object value : keyValue) {
                memory += value instanceof String text ? 48 + text.length() : 16;
            }
            return memory;
        }
        return super.getMemory(key);
    }

    @Override
    public void write(WriteBuffer target, Object key) {
        if (key instanceof KeyValue keyValue && isSimple(keyValue)) {
            target.put(SIMPLE).putVarInt(keyValue.size());
            for (Object value : keyValue) {
                writeSimple(target, value);
            }
            return;
        }
        target.put(SERIALIZED);
        super.write(target, key);
    }

    @Override
    public Object read(ByteBuffer source) {
        byte marker = source.get();
        if (marker == SERIALIZED) {
            return super.read(source);
        }
        if (marker != SIMPLE) {
            throw new IllegalStateException("Not an index key of this store's encoding (marker " + marker + ")");
        }
        Object[] values = new Object[DataUtils.readVarInt(source)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readSimple(source);
        }
        return new KeyValue(values);
    }

    /** A simple value as its rank, then the value. */
    private static void writeSimple(WriteBuffer target, Object value) {
        int rank = rank(value);
        target.put((byte) rank);
        switch (rank) {
            case 0 -> {
            }
            case 1 -> target.put((byte) ((Boolean) value ? 1 : 0));
            case 2 -> target.putInt((Integer) value);
            case 3 -> target.putLong((Long) value);
            case 4 -> target.putDouble((Double) value);
            case 5 -> {
                String text = (String) value;
                target.putVarInt(text.length()).putStringData(text, text.length());
            }
            default -> throw new IllegalArgumentException("Not a simple value: " + value);
        }
    }

    private static Object readSimple(ByteBuffer source) {
        byte rank = source.get();
        return switch (rank) {
            case 0 -> null;
            case 1 -> source.get() == 1;
            case 2 -> source.getInt();
            case 3 -> source.getLong();
            case 4 -> source.getDouble();
            case 5 -> DataUtils.readString(source);
            default -> throw new IllegalStateException("Not a simple value's rank: " + rank);
        };
    }

    private static boolean isSimple(KeyValue key) {
        for (int i = 0; i < key.size(); i++) {
            if (rank(key.get(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int compareSimple(KeyValue left, KeyValue right) {
        if (left.size() != right.size()) {
            return Integer.compare(left.size(), right.size());
        }
        for (int i = 0; i < left.size(); i++) {
            int compared = compareValues(left.get(i), right.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    private static int compareValues(Object left, Object right) {
        int leftRank = rank(left);
        int rightRank = rank(right);
        if (leftRank != rightRank) {
            return Integer.compare(leftRank, rightRank);
        }
        return compareOfOneRank(left, right);
    }

    /** Two simple values of the same rank. */
    private static int compareOfOneRank(Object left, Object right) {
        if (left == null) {
            return 0;
        }
        if (left instanceof String text) {
            return text.compareTo((String) right);
        }
        if (left instanceof Double number) {
            return Double.compare(number, (Double) right);
        }
        if (left instanceof Long number) {
            return Long.compare(number, (Long) right);
        }
        if (left instanceof Integer number) {
            return Integer.compare(number, (Integer) right);
        }
        return Boolean.compare((Boolean) left, (Boolean) right);
    }

    /** The order of simple types among each other, or -1 for any other type. */
    private static int rank(Object value) {
        // tested in the order of how common they are in keys; the ranks themselves order stored index maps
        if (value instanceof String) {
            return 5;
        }
        if (value instanceof Long) {
            return 3;
        }
        if (value == null) {
            return 0;
        }
        if (value instanceof Integer) {
            return 2;
        }
        if (value instanceof Double) {
            return 4;
        }
        if (value instanceof Boolean) {
            return 1;
        }
        return -1;
    }
}
