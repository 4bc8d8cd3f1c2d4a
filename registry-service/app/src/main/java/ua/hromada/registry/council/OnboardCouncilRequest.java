package ua.hromada.registry.council;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * The body of {@code POST /api/tenants}.
 *
 * @param code       the tenant code, e.g. {@code nizhyn}
 * @param name       the council's official Ukrainian name, e.g. «Ніжинська міська рада»
 * @param adminEmail the first administrator's address, which is also the user name
 */
record OnboardCouncilRequest(
        @NotBlank @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.RULE) String code,
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 254) @Pattern(regexp = Council.EMAIL_PATTERN, message = Council.EMAIL_RULE)
        String adminEmail) {

    String trimmedName() {
        return name.strip();
    }

    /** Keycloak keeps user names and addresses in lower case; the event records the address as Keycloak has it. */
    String normalisedAdminEmail() {
        return adminEmail.strip().toLowerCase(Locale.ROOT);
    }
}
