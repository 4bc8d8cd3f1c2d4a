package ua.hromada.eventstore.autoconfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The smallest event-sourced application: one aggregate, one projection, no configuration but this module's. */
@SpringBootApplication
public class LedgerApplication {

    public record OpenLedger(@TargetAggregateIdentifier String ledgerId) {
    }

    public record RecordEntry(@TargetAggregateIdentifier String ledgerId, int amount) {
    }

    public record LedgerOpened(String ledgerId) {
    }

    public record EntryRecorded(String ledgerId, int amount) {
    }

    @Aggregate
    public static class Ledger {

        @AggregateIdentifier
        private String ledgerId;
        private int total;

        Ledger() {
        }

        @CommandHandler
        Ledger(OpenLedger command) {
            apply(new LedgerOpened(command.ledgerId()));
        }

        @CommandHandler
        int handle(RecordEntry command) {
            apply(new EntryRecorded(ledgerId, command.amount()));
            return total;
        }

        @EventSourcingHandler
        void on(LedgerOpened event) {
            ledgerId = event.ledgerId();
        }

        @EventSourcingHandler
        void on(EntryRecorded event) {
            total += event.amount();
        }
    }

    /** A meter registry as the services' actuator gives them. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Component
    @ProcessingGroup(LedgerTotals.PROCESSOR)
    public static class LedgerTotals {

        public static final String PROCESSOR = "ledger-totals";

        /** An entry of a negative amount keeps the processor waiting here until a test lets it go on. */
        public static final Semaphore HOLD = new Semaphore(0);

        final AtomicInteger total = new AtomicInteger();

        @EventHandler
        void on(EntryRecorded event) throws InterruptedException {
            if (event.amount() < 0) {
                HOLD.acquire();
            }
            total.addAndGet(event.amount());
        }
    }
}
