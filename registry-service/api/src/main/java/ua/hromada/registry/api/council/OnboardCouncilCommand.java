package ua.hromada.registry.api.council;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a council joined the platform, once its group and first administrator exist in the identity
 * provider. Sent by a platform administrator, whose token names no council, so the command carries the new
 * council's code as its tenant. A second onboarding of the same code is refused.
 *
 * @param councilId  {@code <code>:council}; it must belong to the tenant the command carries
 * @param code       the tenant code, e.g. {@code nizhyn}: 2–40 lower-case latin letters, digits or '-', starting
 *                   with a letter
 * @param name       the council's official Ukrainian name, e.g. «Ніжинська міська рада»
 * @param adminEmail the e-mail address (and user name) of the council's first administrator
 */
public record OnboardCouncilCommand(
        @TargetAggregateIdentifier CouncilId councilId,
        String code,
        String name,
        String adminEmail) {
}
