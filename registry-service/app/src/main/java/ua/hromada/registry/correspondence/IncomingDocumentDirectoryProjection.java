package ua.hromada.registry.correspondence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.correspondence.ControlPeriod;
import ua.hromada.registry.api.correspondence.CountDocumentsOnLongTermControlQuery;
import ua.hromada.registry.api.correspondence.DocumentsOnLongTermControlCount;
import ua.hromada.registry.api.correspondence.FindIncomingDocumentQuery;
import ua.hromada.registry.api.correspondence.FindIncomingDocumentsQuery;
import ua.hromada.registry.api.correspondence.IncomingDocumentAnsweredEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentCorrectedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentDetails;
import ua.hromada.registry.api.correspondence.IncomingDocumentPage;
import ua.hromada.registry.api.correspondence.IncomingDocumentPutOnLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentReceivedEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentStatus;
import ua.hromada.registry.api.correspondence.IncomingDocumentTakenOffLongTermControlEvent;
import ua.hromada.registry.api.correspondence.IncomingDocumentView;
import ua.hromada.registry.api.correspondence.IncomingDocumentWithdrawnEvent;
import ua.hromada.registry.record.RecordDirectory;
import ua.hromada.registry.record.RecordSummary;
import ua.hromada.registry.record.StockCounter;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The register of incoming documents as the council reads it: one document per incoming document in
 * {@value #COLLECTION} with its current state and its periods on long-term control, and the count of documents on
 * long-term control "as of" a day. Idempotent by the aggregate sequence number (see {@link RecordDirectory}); the
 * count moves with each event before its document changes.
 * <p>
 * The answer and the control come only from the events that record them. {@link IncomingDocumentReceivedEvent}
 * repeats what an imported line said about them just so the aggregate recognises a repeated line; the answered and
 * put-on-control events follow it in the same commit, and reading both would count the import twice.
 * <p>
 * A correction changes the control as the aggregate does: one that takes the document off control voids the period
 * running now, as if it had never begun; one that puts a document not on control onto it starts a period on the day
 * it was received (as corrected); one that keeps it on control keeps the running period as it is.
 */
@Component
@ProcessingGroup(IncomingDocumentDirectoryProjection.PROCESSING_GROUP)
class IncomingDocumentDirectoryProjection {

    static final String PROCESSING_GROUP = "incoming-document-directory";
    static final String COLLECTION = "registry_incoming_documents";

    private final RecordDirectory<IncomingDocumentView> directory;
    private final StockCounter onLongTermControl;

    IncomingDocumentDirectoryProjection(MongoDatabase database, ObjectMapper json) {
        directory = new RecordDirectory<>(database, COLLECTION, IncomingDocumentView.class,
                IncomingDocumentDirectoryProjection::summaryOf, json);
        onLongTermControl = new StockCounter(database, "documents-on-long-term-control");
    }

    @EventHandler
    void on(IncomingDocumentReceivedEvent event, @SequenceNumber long sequence) {
        String id = event.incomingDocumentId().value();
        // answeredOn and longTermControl of the event are deliberately not read: see the class comment.
        directory.apply(id, sequence, none -> new IncomingDocumentView(TenantScopedId.parse(id).clientId(),
                event.kind(), event.receivedOn(), event.sender(), event.subject(), event.registrationNumber(), null,
                false, null, List.of(), IncomingDocumentStatus.RECEIVED, 0, sequence), counting(id, sequence));
    }

    @EventHandler
    void on(IncomingDocumentAnsweredEvent event, @SequenceNumber long sequence) {
        String id = event.incomingDocumentId().value();
        directory.apply(id, sequence, current -> new IncomingDocumentView(current.id(), current.kind(),
                current.receivedOn(), current.sender(), current.subject(), current.registrationNumber(),
                event.answeredOn(), current.onLongTermControl(), current.controlSince(), current.controlPeriods(),
                IncomingDocumentStatus.ANSWERED, current.corrections(), sequence));
    }

    @EventHandler
    void on(IncomingDocumentPutOnLongTermControlEvent event, @SequenceNumber long sequence) {
        String id = event.incomingDocumentId().value();
        directory.apply(id, sequence, current -> {
            List<ControlPeriod> periods = new ArrayList<>(closedPeriodsOf(current));
            periods.add(new ControlPeriod(event.since(), null));
            return withControl(current, periods, sequence);
        }, counting(id, sequence));
    }

    @EventHandler
    void on(IncomingDocumentTakenOffLongTermControlEvent event, @SequenceNumber long sequence) {
        String id = event.incomingDocumentId().value();
        directory.apply(id, sequence, current -> {
            List<ControlPeriod> periods = new ArrayList<>(closedPeriodsOf(current));
            periods.add(new ControlPeriod(event.since(), event.until()));
            return withControl(current, periods, sequence);
        }, counting(id, sequence));
    }

    @EventHandler
    void on(IncomingDocumentCorrectedEvent event, @SequenceNumber long sequence) {
        String id = event.incomingDocumentId().value();
        IncomingDocumentDetails corrected = event.corrected();
        directory.apply(id, sequence, current -> {
            List<ControlPeriod> periods = new ArrayList<>(closedPeriodsOf(current));
            if (corrected.longTermControl()) {
                periods.add(current.controlSince() != null
                        ? new ControlPeriod(current.controlSince(), null)
                        : new ControlPeriod(corrected.receivedOn(), null));
            }
            ControlPeriod running = runningPeriodOf(periods);
            return new IncomingDocumentView(current.id(), corrected.kind(), corrected.receivedOn(),
                    corrected.sender(), corrected.subject(), corrected.registrationNumber(), corrected.answeredOn(),
                    running != null, running == null ? null : running.since(), periods,
                    corrected.answeredOn() == null ? IncomingDocumentStatus.RECEIVED : IncomingDocumentStatus.ANSWERED,
                    current.corrections() + 1, sequence);
        }, counting(id, sequence));
    }

    @EventHandler
    void on(IncomingDocumentWithdrawnEvent event, @SequenceNumber long sequence) {
        String id = event.incomingDocumentId().value();
        directory.apply(id, sequence, current -> new IncomingDocumentView(current.id(), current.kind(),
                current.receivedOn(), current.sender(), current.subject(), current.registrationNumber(),
                current.answeredOn(), current.onLongTermControl(), current.controlSince(), current.controlPeriods(),
                IncomingDocumentStatus.WITHDRAWN, current.corrections(), sequence), counting(id, sequence));
    }

    @ResetHandler
    void reset() {
        directory.clear();
        onLongTermControl.clear();
    }

    @QueryHandler
    Optional<IncomingDocumentView> handle(FindIncomingDocumentQuery query,
                                          @MetaDataValue(value = TenantMetaData.TENANT, required = true)
                                          String tenant) {
        return directory.find(tenant, query.incomingDocumentId().value());
    }

    @QueryHandler
    IncomingDocumentPage handle(FindIncomingDocumentsQuery query,
                                @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        RecordDirectory.Page<IncomingDocumentView> page = directory.page(tenant, query.filter());
        return new IncomingDocumentPage(page.items(), query.filter().page(), query.filter().size(), page.total());
    }

    @QueryHandler
    DocumentsOnLongTermControlCount handle(CountDocumentsOnLongTermControlQuery query,
                                           @MetaDataValue(value = TenantMetaData.TENANT, required = true)
                                           String tenant) {
        String kind = query.kind() == null ? null : query.kind().value();
        return new DocumentsOnLongTermControlCount(query.kind(), query.asOf(),
                onLongTermControl.count(tenant, kind, query.asOf()));
    }

    /**
     * Moves the document's time on control from what the view said before the event to what it says after. A
     * document has as many spans as separate stretches on control, each moved under its own key (the event's key
     * and the span's place), so that {@link StockCounter} recognises a repeat of each.
     */
    private BiConsumer<IncomingDocumentView, IncomingDocumentView> counting(String id, long sequence) {
        String tenant = TenantScopedId.parse(id).tenant();
        return (before, after) -> {
            List<StockCounter.Span> spansBefore = spansOf(before);
            List<StockCounter.Span> spansAfter = spansOf(after);
            for (int i = 0; i < Math.max(spansBefore.size(), spansAfter.size()); i++) {
                onLongTermControl.move(tenant, id + "#" + sequence + "#" + i, spanAt(spansBefore, i),
                        spanAt(spansAfter, i));
            }
        };
    }

    /**
     * The stretches a document counts on control, its periods joined where they overlap or meet: a correction may
     * start a period on the day of receipt that an earlier period overlaps, and the document still counts once.
     */
    private static List<StockCounter.Span> spansOf(IncomingDocumentView view) {
        if (view == null || view.status() == IncomingDocumentStatus.WITHDRAWN) {
            return List.of();
        }
        List<ControlPeriod> periods = view.controlPeriods().stream()
                .sorted(Comparator.comparing(ControlPeriod::since))
                .toList();
        List<StockCounter.Span> spans = new ArrayList<>();
        LocalDate from = null;
        LocalDate until = null;
        for (ControlPeriod period : periods) {
            if (from != null && (until == null || !period.since().isAfter(until))) {
                until = until == null || period.until() == null ? null : max(until, period.until());
                continue;
            }
            if (from != null) {
                spans.add(new StockCounter.Span(view.kind().value(), from, until));
            }
            from = period.since();
            until = period.until();
        }
        if (from != null) {
            spans.add(new StockCounter.Span(view.kind().value(), from, until));
        }
        return spans;
    }

    private static StockCounter.Span spanAt(List<StockCounter.Span> spans, int index) {
        return index < spans.size() ? spans.get(index) : null;
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    /** The periods that ended; the running one, if any, is the one without an end. */
    private static List<ControlPeriod> closedPeriodsOf(IncomingDocumentView view) {
        return view.controlPeriods().stream().filter(period -> period.until() != null).toList();
    }

    private static ControlPeriod runningPeriodOf(List<ControlPeriod> periods) {
        return periods.stream().filter(period -> period.until() == null).findFirst().orElse(null);
    }

    private static IncomingDocumentView withControl(IncomingDocumentView current, List<ControlPeriod> periods,
                                                    long version) {
        ControlPeriod running = runningPeriodOf(periods);
        return new IncomingDocumentView(current.id(), current.kind(), current.receivedOn(), current.sender(),
                current.subject(), current.registrationNumber(), current.answeredOn(), running != null,
                running == null ? null : running.since(), periods, current.status(), current.corrections(),
                version);
    }

    private static RecordSummary summaryOf(IncomingDocumentView view) {
        String text = RecordSummary.textOf(view.sender(), view.subject(), view.registrationNumber());
        return new RecordSummary(view.kind().value(), view.status().value(), view.receivedOn(),
                view.receivedOn().toString(), text);
    }
}
