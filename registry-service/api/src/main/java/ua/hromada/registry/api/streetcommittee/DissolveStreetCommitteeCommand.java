package ua.hromada.registry.api.streetcommittee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that a street committee stopped working. A committee is dissolved once; a dissolution entered by
 * mistake is fixed by a correction.
 *
 * @param dissolvedOn the day of the dissolution (business date), not before the establishment
 */
public record DissolveStreetCommitteeCommand(
        @TargetAggregateIdentifier StreetCommitteeId streetCommitteeId,
        LocalDate dissolvedOn) {
}
