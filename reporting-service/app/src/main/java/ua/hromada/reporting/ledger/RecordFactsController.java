package ua.hromada.reporting.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ua.hromada.tenancy.TenantContext;
import ua.hromada.tenancy.TenantScopedId;
import ua.hromada.web.problem.NotFoundException;

/**
 * The ledger of one record, for auditors and anyone checking a figure: what the record counts for now and which
 * event of whom changed what, and when the platform learnt it.
 */
@RestController
class RecordFactsController {

    private final LedgerReader ledger;
    private final TenantContext tenants;

    RecordFactsController(LedgerReader ledger, TenantContext tenants) {
        this.ledger = ledger;
        this.tenants = tenants;
    }

    @GetMapping("/api/reports/records/{id}/facts")
    RecordFacts facts(@PathVariable String id) {
        String recordId = TenantScopedId.of(tenants.requireTenant(), id).toString();
        Document record = ledger.sourcesOf(recordId).orElseThrow(() -> new NotFoundException("record_not_found", "id",
                "The ledger has no facts of record " + id + "."));
        List<FactView> facts = new ArrayList<>();
        for (Document fact : record.getList(FactLedgerWriter.FACTS, Document.class)) {
            facts.add(new FactView(fact.getString("m"), LocalDate.parse(fact.getString("on")), fact.getString("k"),
                    fact.getLong("n")));
        }
        List<SourceView> sources = new ArrayList<>();
        for (Document source : record.getList(FactLedgerWriter.SOURCES, Document.class, List.of())) {
            List<ChangeView> changes = new ArrayList<>();
            for (Document change : source.getList("changes", Document.class)) {
                changes.add(new ChangeView(change.getString("m"), LocalDate.parse(change.getString("on")),
                        change.getString("k"), change.getLong("n")));
            }
            Date recordedAt = source.getDate("recordedAt");
            sources.add(new SourceView(source.getString("event"), source.getLong("position"),
                    source.getLong("sequence"), source.getString("type"), recordedAt.toInstant(),
                    source.getString("user"), changes));
        }
        return new RecordFacts(id, facts, sources);
    }

    /** A record's facts now and the events that made them. */
    record RecordFacts(String id, List<FactView> facts, List<SourceView> sources) {
    }

    /** A fact the record asserts: {@code value} counts for {@code metric} on {@code on} under {@code dimension}. */
    record FactView(String metric, LocalDate on, String dimension, long value) {
    }

    /** One event and what it changed in the ledger. */
    record SourceView(String event, long position, long sequence, String type, Instant recordedAt,
                      String user, List<ChangeView> changes) {
    }

    /** A change to a metric on one day under one breakdown value. */
    record ChangeView(String metric, LocalDate on, String dimension, long value) {
    }
}
