package ua.hromada.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** The civic registries of a council: organisations first, more registers as they arrive. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistryServiceApplication {

    /** Councils are Ukrainian, so "today" for business dates is today in Kyiv, whatever the server's zone. */
    static final ZoneId COUNCIL_TIME_ZONE = ZoneId.of("Europe/Kyiv");

    public static void main(String[] args) {
        SpringApplication.run(RegistryServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(COUNCIL_TIME_ZONE);
    }
}
