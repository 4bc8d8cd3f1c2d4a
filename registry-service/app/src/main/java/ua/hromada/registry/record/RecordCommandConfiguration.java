package ua.hromada.registry.record;

import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every register's aggregates read the version a change expects from the command's metadata. */
@Configuration(proxyBeanMethods = false)
class RecordCommandConfiguration {

    @Bean
    CommandTargetResolver expectedVersionTargetResolver() {
        return new ExpectedVersion();
    }
}
