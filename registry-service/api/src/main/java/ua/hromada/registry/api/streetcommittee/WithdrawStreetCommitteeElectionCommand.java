package ua.hromada.registry.api.streetcommittee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes back an election entered in error: it stops counting and can no longer be corrected. Repeating the
 * withdrawal changes nothing.
 *
 * @param reason why the election was entered in error; required
 */
public record WithdrawStreetCommitteeElectionCommand(
        @TargetAggregateIdentifier StreetCommitteeId streetCommitteeId,
        String electionId,
        String reason) {
}
