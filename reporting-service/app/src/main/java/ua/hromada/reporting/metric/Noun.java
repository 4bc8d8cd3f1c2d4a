package ua.hromada.reporting.metric;

/**
 * A Ukrainian noun phrase in the three forms a number takes: 1 документ, 2 документи, 5 документів (21 документ,
 * 12 документів, 1759 документів).
 */
public record Noun(String one, String few, String many) {

    public String forCount(long count) {
        long lastTwo = Math.abs(count) % 100;
        long last = lastTwo % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        if (last == 1) {
            return one;
        }
        if (last >= 2 && last <= 4) {
            return few;
        }
        return many;
    }
}
