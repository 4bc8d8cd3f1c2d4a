package ua.hromada.registry.api.streetcommittee;

import java.time.LocalDate;

/**
 * One election of a street committee as the register shows it, with its current (possibly corrected) details.
 *
 * @param electionId the id the client chose (or the service generated), unique within the committee
 * @param headName   the elected head, or {@code null} when unknown
 * @param withdrawn  {@code true} when the election was withdrawn as entered in error; it stays listed but no longer
 *                   counts
 */
public record StreetCommitteeElectionView(String electionId, LocalDate heldOn, String headName, boolean withdrawn) {
}
