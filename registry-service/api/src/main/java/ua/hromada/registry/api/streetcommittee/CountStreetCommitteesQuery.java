package ua.hromada.registry.api.streetcommittee;

import java.time.LocalDate;

/**
 * Asks how many street committees of the caller's tenant worked at the end of {@code asOf}: established on or
 * before it and not dissolved on or before it, withdrawn records never counted. Answered with a
 * {@link StreetCommitteeCount}.
 */
public record CountStreetCommitteesQuery(LocalDate asOf) {
}
