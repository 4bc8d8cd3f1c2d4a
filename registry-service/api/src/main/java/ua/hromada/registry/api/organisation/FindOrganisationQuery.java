package ua.hromada.registry.api.organisation;

/** Asks for one organisation of the caller's tenant; answered with an optional {@link OrganisationView}. */
public record FindOrganisationQuery(OrganisationId organisationId) {
}
