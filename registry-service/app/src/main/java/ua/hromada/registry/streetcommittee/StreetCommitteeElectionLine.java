package ua.hromada.registry.streetcommittee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;

/**
 * A {@code street-committee-election} line of an import: the election of {@code POST
 * /api/registry/street-committees/{id}/elections} with its committee named by street or by id.
 *
 * @param id                the election's id, unique within its committee; derived from the line when absent
 * @param street            the committee's street, when {@code streetCommitteeId} is not given
 * @param streetCommitteeId the committee's id; wins over {@code street} when both are given
 */
record StreetCommitteeElectionLine(
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
        @Size(max = 300) String street,
        @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String streetCommitteeId,
        @NotNull LocalDate heldOn,
        @Size(max = 300) String headName) {
}
