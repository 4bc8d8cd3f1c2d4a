package ua.hromada.registry.api.appeal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that the council resolved a resident's appeal. An appeal is resolved once; a wrong date is fixed by a
 * correction.
 *
 * @param resolvedOn the day of the resolution (business date), not before the appeal was received
 */
public record ResolveCitizenAppealCommand(
        @TargetAggregateIdentifier CitizenAppealId citizenAppealId,
        LocalDate resolvedOn) {
}
