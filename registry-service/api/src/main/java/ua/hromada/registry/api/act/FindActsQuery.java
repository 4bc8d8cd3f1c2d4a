package ua.hromada.registry.api.act;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's acts, ordered by their main date (adoptedOn, or draftedOn for drafts)
 * and then by id; {@code from}/{@code to} filter on that date. Answered with an {@link ActPage}.
 */
public record FindActsQuery(RecordFilter filter) {
}
