package ua.hromada.registry.api.streetcommittee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Enters a street committee (an organ of population self-organisation) into the register. An import of a committee
 * that no longer works carries its {@code dissolvedOn} too. Repeating the command with the same id and content
 * changes nothing; the same id with other content is refused.
 *
 * @param streetCommitteeId the tenant-scoped id; it must belong to the tenant the command carries
 * @param establishedOn     the day the committee was established (business date)
 * @param dissolvedOn       the day it was dissolved, only for a historical committee
 */
public record EstablishStreetCommitteeCommand(
        @TargetAggregateIdentifier StreetCommitteeId streetCommitteeId,
        String street,
        LocalDate establishedOn,
        LocalDate dissolvedOn) {
}
