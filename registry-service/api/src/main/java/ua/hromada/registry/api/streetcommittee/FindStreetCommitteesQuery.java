package ua.hromada.registry.api.streetcommittee;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's street committees, ordered by street; answered with a
 * {@link StreetCommitteePage}. The filter's dates apply to {@code establishedOn}; the register has no kinds.
 */
public record FindStreetCommitteesQuery(RecordFilter filter) {
}
