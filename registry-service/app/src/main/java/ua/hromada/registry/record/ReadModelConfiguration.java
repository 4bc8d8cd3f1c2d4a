package ua.hromada.registry.record;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event processor of the service writes its batch's buffered read models when the batch ends, and a handler
 * that fails makes its processor handle the batch again (after a back-off) instead of skipping the event: a skipped
 * event would leave a record or a count wrong for good, while the read models absorb an event handled twice.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    @Bean
    ConfigurerModule readModelBatchFlushing() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, processorName) -> new ReadModelBatch.Flushing())
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
