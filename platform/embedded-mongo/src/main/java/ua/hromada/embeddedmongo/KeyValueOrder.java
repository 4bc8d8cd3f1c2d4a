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
