package ua.hromada.reporting.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import ua.hromada.tenancy.TenantMetaData;

/**
 * The fact ledger's projection of one generation: every event of every service, in store order, to the
 * generation's writer. A processor batch is written in one go when its last event was handled, which is before
 * Axon stores the batch's token: a crash redelivers the batch, and the writer's idempotency absorbs it.
 * <p>
 * While the batch's last event is behind the store's head, the writer may defer writing records and months; the
 * projection then tells the processor's {@link LedgerTokenStore} which token it may store instead: the one of the
 * last batch after which everything was stored.
 */
final class FactLedgerProjection implements EventMessageHandler {

    private final FactLedgerWriter writer;
    private final int batchSize;
    private final LongSupplier headPosition;
    private final String batchResource;
    private TrackingToken everythingStoredAt;
    private boolean somethingUnwritten;

    /**
     * @param batchSize    the processor's batch size: a batch with fewer events found no more, so it is at the head
     * @param headPosition the global position of the store's last event; asked after a full batch
     */
    FactLedgerProjection(FactLedgerWriter writer, LedgerGeneration generation, int batchSize,
                         LongSupplier headPosition) {
        this.writer = writer;
        this.batchSize = batchSize;
        this.headPosition = headPosition;
        this.batchResource = FactLedgerProjection.class.getName() + "/" + generation.number();
    }

    @Override
    public Object handle(EventMessage<?> event) {
        LedgerEvent ledgerEvent = toLedgerEvent(event);
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            written(event, writer.write(List.of(ledgerEvent), false));
            return null;
        }
        List<LedgerEvent> pending = ((UnitOfWork<?>) batch).getOrComputeResource(batchResource, key -> new ArrayList<>());
        pending.add(ledgerEvent);
        if (batch.isLastMessage()) {
            boolean behindTheHead = pending.size() >= batchSize
                    && ledgerEvent.globalSequence() < headPosition.getAsLong();
            List<LedgerEvent> events = List.copyOf(pending);
            pending.clear();
            written(event, writer.write(events, behindTheHead));
        }
        return null;
    }

    private void written(EventMessage<?> last, boolean everythingStored) {
        somethingUnwritten = !everythingStored;
        if (everythingStored && last instanceof TrackedEventMessage<?> tracked) {
            everythingStoredAt = tracked.trackingToken();
        }
    }

    /**
     * The token the processor may store having handled everything up to {@code reached}: that one if the writer
     * stored everything, else the last one after which it had; empty when there is none yet (keep the stored one).
     */
    Optional<TrackingToken> tokenToStore(TrackingToken reached) {
        return somethingUnwritten ? Optional.ofNullable(everythingStoredAt) : Optional.ofNullable(reached);
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
