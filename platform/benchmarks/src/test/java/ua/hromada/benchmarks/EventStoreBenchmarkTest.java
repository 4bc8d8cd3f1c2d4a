package ua.hromada.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the benchmark on a small store so it keeps working; the figures themselves come from ./hromada bench. */
class EventStoreBenchmarkTest {

    @Test
    void measuresEveryFigureOnASmallStore() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        EventStoreBenchmark.Result result = new EventStoreBenchmark(
                new EventStoreBenchmark.Settings(6_000, 3_000, 50, "memory", "pooled"),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        assertThat(result.appendEventsPerSecond()).isPositive();
        assertThat(result.rawInsertEventsPerSecond()).isPositive();
        assertThat(result.replayEventsPerSecond()).isPositive();
        assertThat(result.loadAtTotal().samples()).isEqualTo(50);
        assertThat(result.loadAtTotal().p99()).isGreaterThanOrEqualTo(result.loadAtTotal().p50());
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("append: engine", "raw insertMany", "aggregate load at 3,000 events", "aggregate load at 6,000 events",
                          "replay: pooled streaming processor", "raw sorted read");
    }
}
