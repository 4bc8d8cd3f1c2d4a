package ua.hromada.reporting.ledger;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import ua.hromada.tenancy.TenantMetaData;

/**
 * The fact ledger's projection of one generation: every event of every service, in store order, to the
 * generation's writer. A processor batch is written in one go when its last event was handled, which is before
 * Axon stores the batch's token: a crash redelivers the batch, and the writer's idempotency absorbs it.
 */
final class FactLedgerProjection implements EventMessageHandler {

    private final FactLedgerWriter writer;
    private final String batchResource;

    FactLedgerProjection(FactLedgerWriter writer, LedgerGeneration generation) {
        this.writer = writer;
        this.batchResource = FactLedgerProjection.class.getName() + "/" + generation.number();
    }

    @Override
    public Object handle(EventMessage<?> event) {
        LedgerEvent ledgerEvent = toLedgerEvent(event);
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            writer.write(List.of(ledgerEvent));
            return null;
        }
        List<LedgerEvent> pending = ((UnitOfWork<?>) batch).getOrComputeResource(batchResource, key -> new ArrayList<>());
        pending.add(ledgerEvent);
        if (batch.isLastMessage()) {
            writer.write(List.copyOf(pending));
            pending.clear();
        }
        return null;
    }

    static LedgerEvent toLedgerEvent(EventMessage<?> event) {
        long globalSequence = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(-1) : -1;
        String aggregateId = null;
        long aggregateSequence = -1;
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateId = domainEvent.getAggregateIdentifier();
            aggregateSequence = domainEvent.getSequenceNumber();
        }
        Object tenant = event.getMetaData().get(TenantMetaData.TENANT);
        Object user = event.getMetaData().get(TenantMetaData.USER);
        return new LedgerEvent(event.getIdentifier(), globalSequence, aggregateId, aggregateSequence,
                tenant == null ? null : tenant.toString(), user == null ? null : user.toString(), event.getTimestamp(),
                event.getPayload());
    }
}
