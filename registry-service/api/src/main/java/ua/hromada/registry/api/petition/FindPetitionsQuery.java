package ua.hromada.registry.api.petition;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's e-petitions, ordered by {@code submittedOn} and then by id;
 * {@code from}/{@code to} filter on {@code submittedOn}. Answered with a {@link PetitionPage}.
 */
public record FindPetitionsQuery(RecordFilter filter) {
}
