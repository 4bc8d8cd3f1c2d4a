package ua.hromada.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Axon saga store in MongoDB: one document per saga with its serialized state and its association values as
 * {@code type|key=value} strings, so a lookup is one equality match on an indexed array.
 */
public class MongoSagaStore implements SagaStore<Object> {

    private static final String ID = "_id";
    private static final String SAGA_TYPE = "sagaType";
    private static final String SERIALIZED_TYPE = "serializedType";
    private static final String REVISION = "revision";
    private static final String SAGA = "saga";
    private static final String ASSOCIATIONS = "associations";

    private final MongoCollection<Document> sagas;
    private final Serializer serializer;

    public MongoSagaStore(MongoDatabase database, String collectionName, Serializer serializer) {
        this.sagas = database.getCollection(collectionName).withWriteConcern(WriteConcern.MAJORITY);
        this.serializer = serializer;
        sagas.createIndex(Indexes.ascending(ASSOCIATIONS));
    }

    private static String association(Class<?> sagaType, AssociationValue value) {
        return sagaType.getName() + "|" + value.getKey() + "=" + value.getValue();
    }

    private static List<String> associations(Class<?> sagaType, Set<AssociationValue> values) {
        return values.stream().map(value -> association(sagaType, value)).toList();
    }

    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        return sagas.find(Filters.eq(ASSOCIATIONS, association(sagaType, associationValue)))
                .projection(Projections.include(ID))
                .map(document -> document.getString(ID))
                .into(new LinkedHashSet<>());
    }

    @Override
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        Document document = sagas.find(Filters.eq(ID, sagaIdentifier)).first();
        if (document == null) {
            return null;
        }
        S saga = serializer.deserialize(new SimpleSerializedObject<>(document.getString(SAGA), String.class,
                                                                    document.getString(SERIALIZED_TYPE),
                                                                    document.getString(REVISION)));
        Set<AssociationValue> values = document.getList(ASSOCIATIONS, String.class).stream()
                .map(text -> text.substring(text.indexOf('|') + 1))
                .map(pair -> new AssociationValue(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Entry<>() {
            @Override
            public Set<AssociationValue> associationValues() {
                return values;
            }

            @Override
            public S saga() {
                return saga;
            }
        };
    }

    @Override
    public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> associationValues) {
        sagas.deleteOne(Filters.eq(ID, sagaIdentifier));
    }

    @Override
    public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga, Set<AssociationValue> associationValues) {
        sagas.insertOne(document(sagaType, sagaIdentifier, saga, associationValues));
    }

    @Override
    public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga, AssociationValues associationValues) {
        sagas.replaceOne(Filters.eq(ID, sagaIdentifier),
                         document(sagaType, sagaIdentifier, saga, associationValues.asSet()),
                         new ReplaceOptions().upsert(true));
    }

    private Document document(Class<?> sagaType, String sagaIdentifier, Object saga, Set<AssociationValue> values) {
        SerializedObject<String> serialized = serializer.serialize(saga, String.class);
        return new Document(ID, sagaIdentifier)
                .append(SAGA_TYPE, sagaType.getName())
                .append(SERIALIZED_TYPE, serialized.getType().getName())
                .append(REVISION, serialized.getType().getRevision())
                .append(SAGA, serialized.getData())
                .append(ASSOCIATIONS, associations(sagaType, values));
    }
}
