package ua.hromada.reporting.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * <p>
 * Such a batch is written on a thread of its own while the processor reads and deserializes the next one, which
 * is then written when the first is done: a rebuild's processor thread spent nearly a third of its time on that
 * reading while the writer waited. Whether it stored everything is learnt before the next batch is written, so until
 * then the batch counts as not stored; a batch whose write failed fails the next one, and the processor replays from
 * the token stored last, as after any failure. A batch at the head is written before its token is stored, as
 * before.
 */
final class FactLedgerProjection implements EventMessageHandler, AutoCloseable {

    private final FactLedgerWriter writer;
    private final int batchSize;
    private final LongSupplier headPosition;
    private final String batchResource;
    private final ExecutorService writing;
    private TrackingToken everythingStoredAt;
    private boolean somethingUnwritten;
    /** The write of the last batch behind the head, if it may not have ended, and that batch's last event. */
    private Future<Boolean> inFlight;
    private EventMessage<?> inFlightLast;

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
        this.writing = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ledger-writer-g" + generation.number());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Object handle(EventMessage<?> event) {
        LedgerEvent ledgerEvent = toLedgerEvent(event);
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            settleInFlight();
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
            settleInFlight();
            if (behindTheHead) {
                inFlight = writing.submit(() -> writer.write(events, true));
                inFlightLast = event;
                somethingUnwritten = true;
            } else {
                written(event, writer.write(events, false));
            }
        }
        return null;
    }

    /** Waits for the write of the previous batch and takes note of what it stored; its failure fails this batch. */
    private void settleInFlight() {
        if (inFlight == null) {
            return;
        }
        boolean everythingStored;
        try {
            everythingStored = inFlight.get();
        } catch (InterruptedException e) {
            // the write goes on: it stays in flight, so that no other write of this writer starts beside it
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the ledger's previous batch was being written", e);
        } catch (ExecutionException e) {
            inFlight = null;
            inFlightLast = null;
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("Writing the ledger's previous batch failed", e.getCause());
        }
        written(inFlightLast, everythingStored);
        inFlight = null;
        inFlightLast = null;
    }

    /** Stops the writing thread, after the write in flight if any (a processor stopped before this). */
    @Override
    public void close() {
        writing.shutdown();
        try {
            writing.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
