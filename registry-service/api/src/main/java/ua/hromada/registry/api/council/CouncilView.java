package ua.hromada.registry.api.council;

import java.time.Instant;

/**
 * A council as the platform's list of tenants shows it to platform administrators.
 *
 * @param code       the tenant code, the value of the {@code tenant} claim of its members' tokens
 * @param adminEmail the first administrator, as onboarded (later administrators are managed in the identity
 *                   provider)
 */
public record CouncilView(
        String code,
        String name,
        String adminEmail,
        Instant onboardedAt) {
}
