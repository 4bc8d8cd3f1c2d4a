package ua.hromada.registry.record;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event processor of the service writes its batch's buffered read models when the batch ends. */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    @Bean
    ConfigurerModule readModelBatchFlushing() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, processorName) -> new ReadModelBatch.Flushing());
    }
}
