package ua.hromada.registry.council;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.council.CouncilList;
import ua.hromada.registry.api.council.CouncilOnboardedEvent;
import ua.hromada.registry.api.council.CouncilView;
import ua.hromada.registry.api.council.FindCouncilQuery;
import ua.hromada.registry.api.council.FindCouncilsQuery;
import ua.hromada.tenancy.TenantMetaData;

import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;

/**
 * The platform's list of councils, one document per council in {@value #COLLECTION}, keyed by the council's code.
 * Every write replaces the whole document by that key, so an event handled twice (a redelivery after a crash
 * before the token was stored, or a replay) leaves the same single document. Only platform administrators read
 * it: tenant management is closed to everyone else.
 */
@Component
@ProcessingGroup(CouncilDirectoryProjection.PROCESSING_GROUP)
class CouncilDirectoryProjection {

    static final String PROCESSING_GROUP = "council-directory";
    static final String COLLECTION = "registry_councils";

    private static final String ID = "_id";
    private static final String NAME = "name";
    private static final String ADMIN_EMAIL = "adminEmail";
    private static final String ONBOARDED_AT = "onboardedAt";

    private final MongoCollection<Document> councils;

    @Autowired
    CouncilDirectoryProjection(MongoClient mongoClient, MongoProperties mongo) {
        this(mongoClient.getDatabase(mongo.getMongoClientDatabase()));
    }

    CouncilDirectoryProjection(MongoDatabase database) {
        councils = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(CouncilOnboardedEvent event, @MetaDataValue(TenantMetaData.TENANT) String tenant) {
        if (!event.code().equals(tenant)) {
            throw new IllegalStateException("onboarding of council " + event.code() + " carries tenant " + tenant);
        }
        Document council = new Document(ID, event.code())
                .append(NAME, event.name())
                .append(ADMIN_EMAIL, event.adminEmail())
                .append(ONBOARDED_AT, Date.from(event.onboardedAt()));
        councils.replaceOne(Filters.eq(ID, event.code()), council, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        councils.deleteMany(new Document());
    }

    @QueryHandler
    CouncilList handle(FindCouncilsQuery query) {
        return new CouncilList(councils.find().sort(Sorts.ascending(ID))
                .map(CouncilDirectoryProjection::toView)
                .into(new ArrayList<>()));
    }

    @QueryHandler
    Optional<CouncilView> handle(FindCouncilQuery query) {
        return Optional.ofNullable(councils.find(Filters.eq(ID, query.code())).first())
                .map(CouncilDirectoryProjection::toView);
    }

    private static CouncilView toView(Document council) {
        return new CouncilView(council.getString(ID), council.getString(NAME), council.getString(ADMIN_EMAIL),
                council.getDate(ONBOARDED_AT).toInstant());
    }
}
