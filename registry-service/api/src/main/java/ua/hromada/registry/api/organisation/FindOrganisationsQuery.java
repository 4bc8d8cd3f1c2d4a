package ua.hromada.registry.api.organisation;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's organisations, ordered by name; answered with a
 * {@link OrganisationPage}.
 */
public record FindOrganisationsQuery(RecordFilter filter) {
}
