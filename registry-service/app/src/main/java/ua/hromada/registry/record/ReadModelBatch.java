package ua.hromada.registry.record;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The read-model writes of one event processor batch, kept until the batch's last event was handled and then
 * written together: one {@code $in} read of the batch's records instead of one read per event, one bulk write per
 * store instead of one write per event, and a counter bucket touched by many events written once.
 * <p>
 * The writes happen while the last event is handled, so before Axon stores the batch's token (in the unit of work's
 * prepare-commit phase): a crash before or during them makes Axon deliver the whole batch again, which the stores'
 * idempotency (record sequence numbers, counter move keys) absorbs. Counters are written before records, so that a
 * record already written never hides a counter move that was not. A batch that fails is rolled back with nothing
 * written. Outside a batch (a handler called directly, a one-event unit of work) stores write through.
 */
public final class ReadModelBatch {

    private static final String RESOURCE = ReadModelBatch.class.getName();

    /** Stores write in this order at the end of the batch. */
    public enum Stage { COUNTERS, RECORDS }

    private final BatchingUnitOfWork<?> unitOfWork;
    private final Map<Object, Object> states = new IdentityHashMap<>();
    private final Map<Stage, List<Runnable>> flushes = new EnumMap<>(Stage.class);

    private ReadModelBatch(BatchingUnitOfWork<?> unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** The batch being handled on this thread, if events are handled in one of more than one event. */
    static Optional<ReadModelBatch> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.getMessages().size() < 2) {
            return Optional.empty();
        }
        return Optional.of(unitOfWork.getOrComputeResource(RESOURCE, key -> new ReadModelBatch(batch)));
    }

    /**
     * The state a store keeps for this batch, created on its first use together with the flush that writes it.
     *
     * @param store the store (its identity keys the state)
     */
    @SuppressWarnings("unchecked")
    <S> S stateOf(Object store, Stage stage, Supplier<S> create, Consumer<S> flush) {
        Object state = states.get(store);
        if (state == null) {
            S created = create.get();
            states.put(store, created);
            flushes.computeIfAbsent(stage, s -> new ArrayList<>()).add(() -> flush.accept(created));
            return created;
        }
        return (S) state;
    }

    /** The aggregate identifiers of the batch's events, for a store to read their records in one go. */
    Set<String> aggregateIdentifiers() {
        Set<String> identifiers = new LinkedHashSet<>();
        for (Message<?> message : unitOfWork.getMessages()) {
            if (message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null) {
                identifiers.add(event.getAggregateIdentifier());
            }
        }
        return identifiers;
    }

    private void flush() {
        for (Stage stage : Stage.values()) {
            for (Runnable write : flushes.getOrDefault(stage, List.of())) {
                write.run();
            }
        }
        states.clear();
        flushes.clear();
    }

    /** Writes a batch's buffered read models once its last event was handled; registered for every processor. */
    public static final class Flushing implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                throws Exception {
            Object result = interceptorChain.proceed();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
                ReadModelBatch pending = unitOfWork.getResource(RESOURCE);
                if (pending != null) {
                    pending.flush();
                }
            }
            return result;
        }
    }
}
