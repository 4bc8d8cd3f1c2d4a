package ua.hromada.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Gives every service that depends on this module the project's MongoDB event store, token store and saga store,
 * on the {@link MongoClient} Spring Boot builds from {@code spring.data.mongodb.uri}.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(EventStoreProperties.class)
public class MongoEventStoreAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "hromadaEventStoreDatabase")
    public MongoDatabase hromadaEventStoreDatabase(MongoClient client, MongoProperties mongo) {
        return client.getDatabase(mongo.getMongoClientDatabase());
    }

    /**
     * Tracking processors handle events in batches by default: Axon's default of one event per unit of work stores
     * the token after every event, a second write for each one a projection makes.
     */
    @Bean
    @ConditionalOnMissingBean(name = "trackingProcessorBatches")
    public ConfigurerModule trackingProcessorBatches(EventStoreProperties properties) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(properties.processorBatchSize()));
    }

    /**
     * Copies the tenant and the user from a command's metadata to every event it causes, so each stored event
     * says whose record it is and who recorded it.
     */
    @Bean
    @ConditionalOnMissingBean(name = "tenantAndUserCorrelation")
    public CorrelationDataProvider tenantAndUserCorrelation() {
        return new SimpleCorrelationDataProvider(MongoEventStorageEngine.TENANT, MongoEventStorageEngine.USER);
    }

    /** Axon registers its own origin provider only when no provider exists; keep it beside ours. */
    @Bean
    @ConditionalOnMissingBean(MessageOriginProvider.class)
    public MessageOriginProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    @ConditionalOnMissingBean({EventStorageEngine.class, EventBus.class, EventStore.class})
    public EventStorageEngine eventStorageEngine(@Qualifier("hromadaEventStoreDatabase") MongoDatabase database,
                                                 Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Configuration configuration,
                                                 EventStoreProperties properties) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventsCollection(properties.eventsCollection())
                .snapshotsCollection(properties.snapshotsCollection())
                .majorityWrites(properties.majority())
                .majorityReads(properties.majority())
                .batchSize(properties.batchSize())
                .maxEventsPerCommit(properties.maxEventsPerCommit())
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .build();
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnMissingBean(name = "eventStoreHealthIndicator")
    public EventStoreHealthIndicator eventStoreHealthIndicator(@Qualifier("hromadaEventStoreDatabase") MongoDatabase database,
                                                               ObjectProvider<EventStorageEngine> engine) {
        return new EventStoreHealthIndicator(database, engine);
    }

    @Bean
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnMissingBean
    public EventProcessorLagGauges eventProcessorLagGauges(Configuration configuration,
                                                           ObjectProvider<MeterRegistry> meters) {
        return new EventProcessorLagGauges(configuration, meters);
    }

    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    public TokenStore tokenStore(@Qualifier("hromadaEventStoreDatabase") MongoDatabase database, Serializer serializer,
                                 EventStoreProperties properties) {
        return new MongoTokenStore(database, properties.tokensCollection(), serializer, properties.claimTimeout(),
                                   MongoTokenStore.defaultNodeId(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(SagaStore.class)
    public SagaStore<Object> sagaStore(@Qualifier("hromadaEventStoreDatabase") MongoDatabase database, Serializer serializer,
                                       EventStoreProperties properties) {
        return new MongoSagaStore(database, properties.sagasCollection(), serializer);
    }
}
