package ua.hromada.registry.council;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ua.hromada.registry.api.council.CouncilId;
import ua.hromada.registry.api.council.CouncilOnboardedEvent;
import ua.hromada.registry.api.council.CouncilView;
import ua.hromada.registry.api.council.OnboardCouncilCommand;
import ua.hromada.web.problem.ConflictException;
import ua.hromada.web.problem.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A council (tenant) of the platform. Its identifier is {@code <code>:council}, scoped by its own code, and the
 * platform's command handler interceptor admits only commands that carry that code as their tenant.
 */
@Aggregate
class Council {

    static final String TENANT_EXISTS = "tenant_exists";

    /** Deliberately loose (one '@', a dot in the domain, no spaces): Keycloak and the mail server judge the rest. */
    static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String EMAIL_RULE = "must be an e-mail address";

    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    @AggregateIdentifier
    private CouncilId councilId;

    Council() {
        // Axon instantiates an empty aggregate, then replays its events or lets a creating handler fill it.
    }

    /**
     * Created if missing rather than by a constructor, so that a second onboarding of a code loads the council and
     * is refused with {@value #TENANT_EXISTS} instead of failing on the event store's duplicate stream.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CouncilView handle(OnboardCouncilCommand command, Clock clock) {
        if (councilId != null) {
            throw new ConflictException(TENANT_EXISTS, "code", "Council " + command.code() + " is already onboarded.");
        }
        validate(command);
        // Stored to the millisecond, as the directory stores it, so the answer and the list agree.
        Instant onboardedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        apply(new CouncilOnboardedEvent(command.councilId(), command.code(), command.name(), command.adminEmail(),
                onboardedAt));
        return new CouncilView(command.code(), command.name(), command.adminEmail(), onboardedAt);
    }

    private static void validate(OnboardCouncilCommand command) {
        if (!CouncilCode.isValid(command.code())) {
            throw new InvalidInputException("invalid_code", "code", "code " + CouncilCode.RULE);
        }
        if (!CouncilCode.councilId(command.code()).equals(command.councilId())) {
            throw new InvalidInputException("invalid_id", "councilId",
                    "councilId must be " + CouncilCode.councilId(command.code()) + " for council " + command.code());
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidInputException("required", "name", "name must not be blank");
        }
        if (command.adminEmail() == null || !EMAIL.matcher(command.adminEmail()).matches()) {
            throw new InvalidInputException("invalid_email", "adminEmail", "adminEmail " + EMAIL_RULE);
        }
    }

    @EventSourcingHandler
    void on(CouncilOnboardedEvent event) {
        councilId = event.councilId();
    }
}
