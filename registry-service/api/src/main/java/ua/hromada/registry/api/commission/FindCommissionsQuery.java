package ua.hromada.registry.api.commission;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's commissions, ordered by name; answered with a {@link CommissionPage}.
 * The filter's dates apply to {@code establishedOn}.
 */
public record FindCommissionsQuery(RecordFilter filter) {
}
