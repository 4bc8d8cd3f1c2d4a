package ua.hromada.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

/**
 * Points a Spring test context at the shared {@link EmbeddedMongo} with a fresh database, so contexts that
 * run in one JVM never see each other's events, tokens or read models.
 */
public class EmbeddedMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedMongo mongo = EmbeddedMongo.shared();
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestPropertyValues.of(
                "spring.data.mongodb.uri=" + mongo.connectionString() + "/" + database,
                "spring.data.mongodb.database=" + database
        ).applyTo(context);
    }
}
