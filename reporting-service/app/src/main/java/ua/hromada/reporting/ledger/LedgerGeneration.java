package ua.hromada.reporting.ledger;

/**
 * One complete copy of the fact ledger, built by one tracking processor from the start of the event store. The live
 * generation answers reports; a rebuild builds the next one beside it and the pointer switches when it caught up.
 */
public record LedgerGeneration(long number) {

    private static final String PREFIX = "report_ledger_g";

    public LedgerGeneration {
        if (number < 1) {
            throw new IllegalArgumentException("generation numbers start at 1");
        }
    }

    /** What each record asserts now, with the last of its events the generation applied. */
    public String recordsCollection() {
        return PREFIX + number + "_records";
    }

    /** Contributions per tenant and business month, by metric, day, breakdown value and recording second. */
    public String cellsCollection() {
        return PREFIX + number + "_cells";
    }

    /** Per tenant: the months that have cells, baselines, and a version that changes with every write. */
    public String tenantsCollection() {
        return PREFIX + number + "_tenants";
    }

    /** Historical totals councils recorded for periods before the platform, one document per recording. */
    public String baselinesCollection() {
        return PREFIX + number + "_baselines";
    }

    /** The tracking processor that builds this generation. */
    public String processorName() {
        return "report-ledger-g" + number;
    }

    public LedgerGeneration next() {
        return new LedgerGeneration(number + 1);
    }
}
