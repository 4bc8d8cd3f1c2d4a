package ua.hromada.registry.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that the council answered a published petition.
 *
 * @param answeredOn the day of the answer (business date), not before the petition was published
 */
public record AnswerPetitionCommand(
        @TargetAggregateIdentifier PetitionId petitionId,
        LocalDate answeredOn) {
}
