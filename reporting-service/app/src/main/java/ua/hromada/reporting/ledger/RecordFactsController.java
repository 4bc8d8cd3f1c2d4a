package ua.hromada.reporting.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ua.hromada.reporting.metric.Fact;
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
        for (Fact fact : RecordEncoding.decodeFacts(record.get(FactLedgerWriter.FACTS, Binary.class).getData())) {
            facts.add(new FactView(fact.metric(), fact.on(), fact.dimension(), fact.value()));
        }
        List<SourceView> sources = new ArrayList<>();
        for (RecordEncoding.Source source
                : RecordEncoding.decodeSources(record.get(FactLedgerWriter.SOURCES, Binary.class).getData())) {
            List<ChangeView> changes = new ArrayList<>();
            for (RecordEncoding.Change change : source.changes()) {
                changes.add(new ChangeView(change.metric(), change.on(), change.dimension(), change.value()));
            }
            sources.add(new SourceView(source.event(), source.position(), source.sequence(), source.type(),
                    source.recordedAt(), source.user(), changes));
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
