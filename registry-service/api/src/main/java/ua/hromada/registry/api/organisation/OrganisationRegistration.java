package ua.hromada.registry.api.organisation;

/**
 * The result of a {@link RegisterOrganisationCommand}.
 *
 * @param newlyRegistered {@code false} when the command repeated an earlier registration and changed nothing
 */
public record OrganisationRegistration(OrganisationId organisationId, boolean newlyRegistered) {
}
