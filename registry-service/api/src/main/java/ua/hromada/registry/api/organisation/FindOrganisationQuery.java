package ua.hromada.registry.api.organisation;

/**
 * Asks for one organisation of the caller's tenant; answered with an optional {@link OrganisationView}, empty also
 * when the id belongs to another tenant.
 */
public record FindOrganisationQuery(OrganisationId organisationId) {
}
