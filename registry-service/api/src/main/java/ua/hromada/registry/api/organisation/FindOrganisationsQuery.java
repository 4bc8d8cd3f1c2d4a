package ua.hromada.registry.api.organisation;

/**
 * Asks for a page of the caller's tenant's organisations, ordered by name; answered with an
 * {@link OrganisationPage}.
 *
 * @param kind only organisations of this kind, or {@code null} for all
 * @param page zero-based page number
 * @param size organisations per page, at least 1
 */
public record FindOrganisationsQuery(OrganisationKind kind, int page, int size) {

    public FindOrganisationsQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
    }
}
