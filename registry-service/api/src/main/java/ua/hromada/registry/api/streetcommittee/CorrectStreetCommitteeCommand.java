package ua.hromada.registry.api.streetcommittee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator fixes what the register holds about a street committee, lifecycle dates included (e.g. clears
 * a dissolution entered by mistake). The original entry stays in the history; reports "as known at" an earlier
 * moment keep the old figure.
 *
 * @param corrected the committee's details as they should have been recorded
 * @param reason    why the record is changed; required
 */
public record CorrectStreetCommitteeCommand(
        @TargetAggregateIdentifier StreetCommitteeId streetCommitteeId,
        StreetCommitteeDetails corrected,
        String reason) {
}
