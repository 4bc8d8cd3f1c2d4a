package ua.hromada.eventstore;

import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.testing.MongoDatabases;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MongoSagaStoreTest {

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();
    private MongoSagaStore store;

    @BeforeEach
    void freshStore() {
        store = new MongoSagaStore(mongo.fresh(), "sagas", EventStoreTestSupport.SERIALIZER);
    }

    @Test
    void findsLoadsUpdatesAndDeletesSagasByAssociation() {
        AwaitingDecision saga = new AwaitingDecision("petition-1", 1);
        store.insertSaga(AwaitingDecision.class, "saga-1", saga, Set.of(new AssociationValue("petitionId", "petition-1")));
        store.insertSaga(AwaitingDecision.class, "saga-2", new AwaitingDecision("petition-2", 1),
                         Set.of(new AssociationValue("petitionId", "petition-2")));

        assertThat(store.findSagas(AwaitingDecision.class, new AssociationValue("petitionId", "petition-1"))).containsExactly("saga-1");
        assertThat(store.findSagas(Object.class, new AssociationValue("petitionId", "petition-1"))).isEmpty();
        assertThat(store.loadSaga(AwaitingDecision.class, "saga-1").saga()).isEqualTo(saga);

        AssociationValuesImpl associations = new AssociationValuesImpl(Set.of(new AssociationValue("petitionId", "petition-1")));
        associations.add(new AssociationValue("meetingId", "m=7|x"));
        store.updateSaga(AwaitingDecision.class, "saga-1", new AwaitingDecision("petition-1", 2), associations);

        assertThat(store.findSagas(AwaitingDecision.class, new AssociationValue("meetingId", "m=7|x"))).containsExactly("saga-1");
        assertThat(store.loadSaga(AwaitingDecision.class, "saga-1").associationValues())
                .contains(new AssociationValue("meetingId", "m=7|x"));
        assertThat(store.loadSaga(AwaitingDecision.class, "saga-1").saga().round()).isEqualTo(2);

        store.deleteSaga(AwaitingDecision.class, "saga-1", associations.asSet());
        assertThat(store.loadSaga(AwaitingDecision.class, "saga-1")).isNull();
        assertThat(store.findSagas(AwaitingDecision.class, new AssociationValue("petitionId", "petition-1"))).isEmpty();
    }

    /** A saga's state as the serializer sees it. */
    record AwaitingDecision(String petitionId, int round) {
    }
}
