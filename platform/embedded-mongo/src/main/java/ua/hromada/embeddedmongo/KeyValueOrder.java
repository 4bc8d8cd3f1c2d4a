package ua.hromada.embeddedmongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's {@link ObjectDataType} for index keys, comparing {@link KeyValue}s of simple values (strings, numbers,
 * booleans, nulls) without serializing them: such keys come first, by their number of values, then value by value by
 * type and value. Two simple keys compare as equal exactly when they are {@code equals}, as a unique index needs. Keys
 * holding anything else (documents, ids, dates) come after them and compare as {@link ObjectDataType} does. Keys are
 * written and read as {@link ObjectDataType} does.
 */
final class KeyValueOrder extends ObjectDataType {

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
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

    private static boolean isSimple(KeyValue key) {
        for (Object value : key) {
            if (rank(value) < 0) {
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
        if (value == null) {
            return 0;
        }
        if (value instanceof Boolean) {
            return 1;
        }
        if (value instanceof Integer) {
            return 2;
        }
        if (value instanceof Long) {
            return 3;
        }
        if (value instanceof Double) {
            return 4;
        }
        if (value instanceof String) {
            return 5;
        }
        return -1;
    }
}
