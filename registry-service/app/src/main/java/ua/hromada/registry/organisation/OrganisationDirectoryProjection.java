package ua.hromada.registry.organisation;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.organisation.FindOrganisationQuery;
import ua.hromada.registry.api.organisation.FindOrganisationsQuery;
import ua.hromada.registry.api.organisation.OrganisationKind;
import ua.hromada.registry.api.organisation.OrganisationPage;
import ua.hromada.registry.api.organisation.OrganisationRegisteredEvent;
import ua.hromada.registry.api.organisation.OrganisationView;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.tenancy.TenantScopedId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The directory of registered organisations, one document per organisation in {@value #COLLECTION}, keyed by the
 * tenant-scoped organisation id and holding the tenant and the client id beside it. Every query filters by the
 * tenant of the caller, so one council never reads another's. Every write replaces the whole document by id, so an
 * event handled twice (a redelivery after a crash before the token was stored, or a replay) leaves the same single
 * document.
 * <p>
 * Values reach MongoDB only as field values of typed filters and documents, never as query text, so a name
 * such as {@code {"$gt": ""}} is stored and matched as the plain string it is.
 */
@Component
@ProcessingGroup(OrganisationDirectoryProjection.PROCESSING_GROUP)
class OrganisationDirectoryProjection {

    static final String PROCESSING_GROUP = "organisation-directory";
    static final String COLLECTION = "registry_organisations";

    private static final String ID = "_id";
    private static final String TENANT = "tenant";
    private static final String ORGANISATION_ID = "organisationId";
    private static final String KIND = "kind";
    private static final String NAME = "name";
    private static final String REGISTERED_ON = "registeredOn";
    private static final String PARTY = "party";
    private static final String CODE = "code";
    private static final String RECORDED_AT = "recordedAt";

    private final MongoCollection<Document> organisations;

    @Autowired
    OrganisationDirectoryProjection(MongoClient mongoClient, MongoProperties mongo) {
        this(mongoClient.getDatabase(mongo.getMongoClientDatabase()));
    }

    OrganisationDirectoryProjection(MongoDatabase database) {
        organisations = database.getCollection(COLLECTION);
        organisations.createIndex(Indexes.ascending(TENANT, NAME));
        organisations.createIndex(Indexes.ascending(TENANT, KIND, NAME));
    }

    @EventHandler
    void on(OrganisationRegisteredEvent event,
            @MetaDataValue(TenantMetaData.TENANT) String tenant,
            @Timestamp Instant recordedAt) {
        if (tenant == null) {
            throw new IllegalStateException("event for organisation " + event.organisationId() + " has no tenant");
        }
        TenantScopedId organisationId = TenantScopedId.parse(event.organisationId().value());
        if (!organisationId.belongsTo(tenant)) {
            throw new IllegalStateException("event for organisation " + organisationId + " carries tenant " + tenant);
        }
        String documentId = organisationId.value();
        Document organisation = new Document(ID, documentId)
                .append(TENANT, tenant)
                .append(ORGANISATION_ID, organisationId.clientId())
                .append(KIND, event.kind().value())
                .append(NAME, event.name())
                .append(REGISTERED_ON, event.registeredOn().toString())
                .append(PARTY, event.party())
                .append(CODE, event.code())
                .append(RECORDED_AT, Date.from(recordedAt));
        organisations.replaceOne(Filters.eq(ID, documentId), organisation, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        organisations.deleteMany(new Document());
    }

    @QueryHandler
    Optional<OrganisationView> handle(FindOrganisationQuery query,
                                      @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        // The document id is the tenant-scoped id, so an id of the caller's tenant finds only that tenant's
        // document. Comparing here rather than adding the tenant to the filter keeps the lookup on the _id index,
        // which the embedded server uses only for a filter that names _id alone.
        boolean ofTheCallersTenant = TenantScopedId.tryParse(query.organisationId().value())
                .filter(organisationId -> organisationId.belongsTo(tenant)).isPresent();
        if (!ofTheCallersTenant) {
            return Optional.empty();
        }
        return Optional.ofNullable(organisations.find(Filters.eq(ID, query.organisationId().value())).first())
                .map(OrganisationDirectoryProjection::toView);
    }

    @QueryHandler
    OrganisationPage handle(FindOrganisationsQuery query,
                            @MetaDataValue(value = TenantMetaData.TENANT, required = true) String tenant) {
        Bson filter = query.kind() == null
                ? Filters.eq(TENANT, tenant)
                : Filters.and(Filters.eq(TENANT, tenant), Filters.eq(KIND, query.kind().value()));
        long total = organisations.countDocuments(filter);
        long offset = (long) query.page() * query.size();
        List<OrganisationView> items = offset >= total
                ? List.of()
                : organisations.find(filter)
                        .sort(Sorts.ascending(NAME, ID))
                        .skip((int) offset)
                        .limit(query.size())
                        .map(OrganisationDirectoryProjection::toView)
                        .into(new ArrayList<>());
        return new OrganisationPage(items, query.page(), query.size(), total);
    }

    private static OrganisationView toView(Document organisation) {
        return new OrganisationView(
                organisation.getString(ORGANISATION_ID),
                OrganisationKind.fromValue(organisation.getString(KIND)).orElseThrow(() -> new IllegalStateException(
                        "unknown kind " + organisation.getString(KIND) + " in " + organisation.get(ID))),
                organisation.getString(NAME),
                LocalDate.parse(organisation.getString(REGISTERED_ON)),
                organisation.getString(PARTY),
                organisation.getString(CODE));
    }
}
