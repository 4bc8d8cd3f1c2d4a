package ua.hromada.reporting.ledger;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.client.MongoDatabase;

import io.micrometer.core.instrument.MeterRegistry;

import ua.hromada.reporting.metric.MetricCatalogue;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    LedgerPointer ledgerPointer(@Qualifier("hromadaEventStoreDatabase") MongoDatabase database) {
        return new LedgerPointer(database);
    }

    @Bean
    LedgerReader ledgerReader(@Qualifier("hromadaEventStoreDatabase") MongoDatabase database, LedgerPointer pointer) {
        return new LedgerReader(database, pointer);
    }

    /**
     * Ledger batches are larger than read models' by default: a rebuild replays the whole store through them, and each
     * batch rewrites every month document it touches whole (on the embedded server, 1 MB each at a million events),
     * so a rebuild's cost falls with the batch size; 5,000 made one of a million events about 4× faster than 500.
     */
    @Bean
    LedgerProcessors ledgerProcessors(@Qualifier("hromadaEventStoreDatabase") MongoDatabase database,
                                      EventStore eventStore, TokenStore tokenStore, MetricCatalogue catalogue,
                                      LedgerPointer pointer, MeterRegistry meters,
                                      @Value("${hromada.reports.ledger.batch-size:5000}") int batchSize) {
        return new LedgerProcessors(database, eventStore, tokenStore, catalogue, pointer, batchSize, meters);
    }
}
