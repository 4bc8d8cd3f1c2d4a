package ua.hromada.reporting.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ua.hromada.reporting.Rfc4180;

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
        List<List<String>> rows = Rfc4180.parse(text);
        List<SeedFigure> figures = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            figures.add(new SeedFigure(i + 1, row.get(0), row.get(1), row.get(2), row.get(3), row.get(4),
                    Long.parseLong(row.get(5)), row.get(6)));
        }
        return figures;
    }
}
