package ua.hromada.registry.council;

import java.time.Instant;

/**
 * The answer to an onboarding, the only place the first administrator's temporary password ever appears: it is
 * neither stored nor logged, and the realm makes the administrator replace it at the first sign-in. The demo
 * realm has no mail server, so the platform administrator hands it over; with one, Keycloak could mail a set-up
 * link instead.
 *
 * @param adminUsername          the administrator's user name in Keycloak: the e-mail address
 * @param adminTemporaryPassword valid for the first sign-in only
 */
record OnboardedCouncil(
        String code,
        String name,
        String adminEmail,
        Instant onboardedAt,
        String adminUsername,
        String adminTemporaryPassword) {
}
