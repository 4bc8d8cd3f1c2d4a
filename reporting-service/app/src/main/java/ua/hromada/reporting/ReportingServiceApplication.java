package ua.hromada.reporting;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Councils' activity reports from the fact ledger every service's events feed; no aggregates of its own. */
@SpringBootApplication
public class ReportingServiceApplication {

    /** Councils are Ukrainian: periods, "today" and document dates are Kyiv's. */
    public static final ZoneId COUNCIL_TIME_ZONE = ZoneId.of("Europe/Kyiv");

    public static void main(String[] args) {
        SpringApplication.run(ReportingServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(COUNCIL_TIME_ZONE);
    }
}
