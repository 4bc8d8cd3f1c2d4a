package ua.hromada.eventstore.autoconfig;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The smallest event-sourced application: one aggregate, no configuration but this module's. */
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
}
