package ua.hromada.registry.api.streetcommittee;

import java.time.LocalDate;

/**
 * What the register holds about one election of a street committee that a correction may fix.
 *
 * @param heldOn   the day of the residents' meeting (business date)
 * @param headName the elected head, or {@code null} when unknown
 */
public record StreetCommitteeElectionDetails(LocalDate heldOn, String headName) {
}
