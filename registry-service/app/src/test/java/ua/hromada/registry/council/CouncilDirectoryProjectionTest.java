package ua.hromada.registry.council;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.hromada.registry.api.council.CouncilOnboardedEvent;
import ua.hromada.registry.api.council.CouncilView;
import ua.hromada.registry.api.council.FindCouncilQuery;
import ua.hromada.registry.api.council.FindCouncilsQuery;
import ua.hromada.testing.MongoDatabases;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouncilDirectoryProjectionTest {

    private static final Instant ONBOARDED_AT = Instant.parse("2026-11-25T10:15:30.123Z");

    @RegisterExtension
    static final MongoDatabases mongo = new MongoDatabases();

    private MongoCollection<Document> collection;
    private CouncilDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        MongoDatabase database = mongo.fresh();
        projection = new CouncilDirectoryProjection(database);
        collection = database.getCollection(CouncilDirectoryProjection.COLLECTION);
    }

    @Test
    void listsOnboardedCouncilsByCode() {
        projection.on(onboarded("nizhyn", "Ніжинська міська рада"), "nizhyn");
        projection.on(onboarded("lysychansk", "Лисичанська міська рада"), "lysychansk");

        assertThat(projection.handle(new FindCouncilsQuery()).items()).containsExactly(
                new CouncilView("lysychansk", "Лисичанська міська рада", "admin@lysychansk.example", ONBOARDED_AT),
                new CouncilView("nizhyn", "Ніжинська міська рада", "admin@nizhyn.example", ONBOARDED_AT));
    }

    @Test
    void redeliveredEventLeavesOneCouncil() {
        CouncilOnboardedEvent event = onboarded("nizhyn", "Ніжинська міська рада");

        projection.on(event, "nizhyn");
        projection.on(event, "nizhyn");

        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(projection.handle(new FindCouncilsQuery()).items()).hasSize(1);
    }

    @Test
    void findsOneCouncilByCode() {
        projection.on(onboarded("nizhyn", "Ніжинська міська рада"), "nizhyn");

        assertThat(projection.handle(new FindCouncilQuery("nizhyn"))).map(CouncilView::name)
                .contains("Ніжинська міська рада");
        assertThat(projection.handle(new FindCouncilQuery("lysychansk"))).isEmpty();
    }

    @Test
    void storesTheOnboardingTimeAsADate() {
        projection.on(onboarded("nizhyn", "Ніжинська міська рада"), "nizhyn");

        Document stored = collection.find().first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("_id")).isEqualTo("nizhyn");
        assertThat(stored.getDate("onboardedAt").toInstant()).isEqualTo(ONBOARDED_AT);
    }

    @Test
    void anOperatorLookingCodeInAQueryMatchesOnlyItself() {
        projection.on(onboarded("nizhyn", "Ніжинська міська рада"), "nizhyn");

        assertThat(projection.handle(new FindCouncilQuery("{\"$ne\": null}"))).isEmpty();
    }

    @Test
    void anEventWhoseTenantIsNotTheCouncilIsRefused() {
        assertThatThrownBy(() -> projection.on(onboarded("nizhyn", "Ніжинська міська рада"), "lysychansk"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> projection.on(onboarded("nizhyn", "Ніжинська міська рада"), null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(collection.countDocuments()).isZero();
    }

    @Test
    void resetEmptiesTheDirectoryForAReplay() {
        projection.on(onboarded("nizhyn", "Ніжинська міська рада"), "nizhyn");

        projection.reset();

        assertThat(projection.handle(new FindCouncilsQuery()).items()).isEmpty();
    }

    private static CouncilOnboardedEvent onboarded(String code, String name) {
        return new CouncilOnboardedEvent(CouncilCode.councilId(code), code, name, "admin@" + code + ".example",
                ONBOARDED_AT);
    }
}
