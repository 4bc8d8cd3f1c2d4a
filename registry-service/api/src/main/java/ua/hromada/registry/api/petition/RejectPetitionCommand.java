package ua.hromada.registry.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that moderators refused to publish a petition in moderation, e.g. because it is outside the council's
 * competence; the author is told why.
 *
 * @param rejectedOn the day it was rejected (business date), not before it was submitted
 * @param reason     why it was rejected
 */
public record RejectPetitionCommand(
        @TargetAggregateIdentifier PetitionId petitionId,
        LocalDate rejectedOn,
        String reason) {
}
