package ua.hromada.reporting.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The figures of the two seed reports, {@value #TABLE}, that generated data and reports must reproduce. */
final class SeedFigures {

    static final String TABLE = "seeds/lysychansk-figures.csv";

    /**
     * One row of the table.
     *
     * @param line      its line in the file, to point at
     * @param dimension empty for a total
     */
    record SeedFigure(int line, String seed, String metric, String dimension, String dimensionValue, String period,
                      long value, String quote) {

        @Override
        public String toString() {
            return metric + (dimension.isEmpty() ? "" : " " + dimension + "=" + dimensionValue) + " " + period
                    + " = " + value;
        }
    }

    private SeedFigures() {
    }

    static List<SeedFigure> all() {
        String text;
        try (InputStream in = SeedFigures.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + TABLE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = csv(text);
        List<SeedFigure> figures = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            figures.add(new SeedFigure(i + 1, row.get(0), row.get(1), row.get(2), row.get(3), row.get(4),
                    Long.parseLong(row.get(5)), row.get(6)));
        }
        return figures;
    }

    /** RFC 4180: fields with commas or quotes are quoted, a quote inside is doubled; rows end with a newline. */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                rows.add(fields);
                fields = new ArrayList<>();
            } else if (c != '\r' || quoted) {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }
}
