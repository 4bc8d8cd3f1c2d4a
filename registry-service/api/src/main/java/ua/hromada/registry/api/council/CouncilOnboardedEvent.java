package ua.hromada.registry.api.council;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A council joined the platform (the {@code TenantOnboarded} of the architecture): its group and first
 * administrator exist in the identity provider, and its members may now use the platform. The event's metadata
 * carries the council's code as tenant and the platform administrator who onboarded it as user. It holds no
 * password, temporary or not.
 *
 * @param onboardedAt when the council was onboarded, recorded by the service rather than read from the event's
 *                    timestamp, to the millisecond
 */
@Revision("1")
public record CouncilOnboardedEvent(
        CouncilId councilId,
        String code,
        String name,
        String adminEmail,
        Instant onboardedAt) {
}
