package ua.hromada.registry.council;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import ua.hromada.registry.api.council.CouncilId;
import ua.hromada.registry.api.council.CouncilView;
import ua.hromada.registry.api.council.OnboardCouncilCommand;
import ua.hromada.tenancy.TenantMetaData;
import ua.hromada.web.problem.ConflictException;
import ua.hromada.web.problem.RejectedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Onboards a council across two systems that share no transaction: Keycloak (group and first administrator) and
 * the event store ({@code CouncilOnboardedEvent}). The event is recorded last, only once everything in Keycloak
 * exists, and every failure undoes the Keycloak steps that had succeeded, so a failed onboarding leaves neither a
 * council without its people nor a group without its council, and can simply be repeated.
 */
@Service
class CouncilOnboarding {

    private static final Logger log = LoggerFactory.getLogger(CouncilOnboarding.class);

    private final IdentityProvider identityProvider;
    private final CommandGateway commandGateway;
    private final EventStore eventStore;

    CouncilOnboarding(IdentityProvider identityProvider, CommandGateway commandGateway, EventStore eventStore) {
        this.identityProvider = identityProvider;
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
    }

    /**
     * @param code       a valid council code
     * @param name       the council's name, not blank
     * @param adminEmail the first administrator's address, in the form Keycloak keeps it (lower case)
     * @throws ConflictException                {@code tenant_exists} when the council is onboarded or its group
     *                                          exists in Keycloak, {@code admin_exists} when the address is taken
     * @throws IdentityProviderFailedException when Keycloak failed; what this onboarding had created there is
     *                                          deleted again, and whatever could not be is named in
     *                                          {@link IdentityProviderFailedException#leftBehind()}
     */
    OnboardedCouncil onboard(String code, String name, String adminEmail) {
        CouncilId councilId = CouncilCode.councilId(code);
        // Checked first so that a known council costs Keycloak nothing; the aggregate checks again at the end.
        if (eventStore.lastSequenceNumberFor(councilId.value()).isPresent()) {
            throw alreadyOnboarded(code);
        }
        String temporaryPassword = TemporaryPasswords.generate();
        CreatedInKeycloak created = new CreatedInKeycloak();
        try {
            created.groupId = identityProvider.createCouncilGroup(code, name);
            created.userId = identityProvider.createUser(adminEmail, temporaryPassword);
            identityProvider.grantCouncilAdminRole(created.userId);
            identityProvider.addToCouncil(created.userId, created.groupId);
        } catch (RuntimeException failure) {
            throw asOnboardingFailure(failure, code, undo(created, code));
        }
        CouncilView council;
        try {
            council = commandGateway.sendAndWait(onboardingCommand(councilId, code, name, adminEmail));
        } catch (RuntimeException failure) {
            undo(created, code);
            throw lostRace(failure) ? alreadyOnboarded(code) : failure;
        }
        return new OnboardedCouncil(council.code(), council.name(), council.adminEmail(), council.onboardedAt(),
                adminEmail, temporaryPassword);
    }

    /**
     * The platform administrator's token names no council, so the tenancy interceptor keeps the tenant set here:
     * the new council's own code, which its aggregate id is scoped by.
     */
    private static CommandMessage<OnboardCouncilCommand> onboardingCommand(CouncilId councilId, String code,
                                                                         String name, String adminEmail) {
        return GenericCommandMessage.<OnboardCouncilCommand>asCommandMessage(
                        new OnboardCouncilCommand(councilId, code, name, adminEmail))
                .andMetaData(Map.of(TenantMetaData.TENANT, code));
    }

    /**
     * Removes the user before the group: a user left without a group has no council and so no access.
     *
     * @return what could not be removed
     */
    private List<String> undo(CreatedInKeycloak created, String code) {
        List<String> leftBehind = new ArrayList<>();
        if (created.userId != null) {
            try {
                identityProvider.deleteUser(created.userId);
            } catch (RuntimeException failure) {
                log.error("Could not delete user {} created for council {}", created.userId, code, failure);
                leftBehind.add("user " + created.userId);
            }
        }
        if (created.groupId != null) {
            try {
                identityProvider.deleteGroup(created.groupId);
            } catch (RuntimeException failure) {
                log.error("Could not delete group {} created for council {}", created.groupId, code, failure);
                leftBehind.add("group " + created.groupId);
            }
        }
        if (!leftBehind.isEmpty()) {
            log.error("Onboarding of council {} failed and left {} in Keycloak: delete them in the admin console "
                    + "before onboarding {} again", code, leftBehind, code);
        }
        return leftBehind;
    }

    private static RuntimeException asOnboardingFailure(RuntimeException failure, String code,
                                                        List<String> leftBehind) {
        if (failure instanceof RejectedException) {
            return failure;
        }
        IdentityProviderFailedException identityProviderFailure =
                failure instanceof IdentityProviderFailedException known ? known
                        : new IdentityProviderFailedException("Onboarding council " + code
                                + " failed in the identity provider: " + failure.getMessage(), false, failure);
        return identityProviderFailure.leaving(leftBehind);
    }

    /** Another onboarding of the same code recorded its event between this one's check and its command. */
    private static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException alreadyOnboarded(String code) {
        return new ConflictException(Council.TENANT_EXISTS, "code", "Council " + code + " is already onboarded.");
    }

    /** What this onboarding created in Keycloak so far, and so what a failure must delete. */
    private static final class CreatedInKeycloak {
        private String groupId;
        private String userId;
    }
}
