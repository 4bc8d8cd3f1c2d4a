package ua.hromada.registry.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that moderators published a petition in moderation, so that it collects signatures.
 *
 * @param publishedOn the day it was published (business date), not before it was submitted
 */
public record PublishPetitionCommand(
        @TargetAggregateIdentifier PetitionId petitionId,
        LocalDate publishedOn) {
}
