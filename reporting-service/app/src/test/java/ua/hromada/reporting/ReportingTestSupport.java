package ua.hromada.reporting;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import ua.hromada.reporting.ledger.LedgerGeneration;
import ua.hromada.reporting.ledger.LedgerPointer;
import ua.hromada.reporting.ledger.LedgerProcessors;

/** What tests of reports need again and again: waiting for the ledger, finding a metric in a report. */
public final class ReportingTestSupport {

    private ReportingTestSupport() {
    }

    /** Waits until the live ledger has handled every event in the store. */
    public static void awaitLedger(LedgerProcessors processors, LedgerPointer pointer) throws InterruptedException {
        awaitGeneration(processors, pointer.live());
    }

    public static void awaitGeneration(LedgerProcessors processors, LedgerGeneration generation)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (processors.position(generation).orElse(-1) < processors.head()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Ledger generation " + generation.number()
                        + " did not catch up with the event store within 60 s");
            }
            Thread.sleep(50);
        }
    }

    /** The metric {@code key} in a report's JSON, wherever its section. */
    public static JsonNode metric(JsonNode report, String key) {
        for (JsonNode section : report.get("sections")) {
            for (JsonNode metric : section.get("metrics")) {
                if (metric.get("key").asText().equals(key)) {
                    return metric;
                }
            }
        }
        throw new AssertionError("No " + key + " in " + report);
    }
}
