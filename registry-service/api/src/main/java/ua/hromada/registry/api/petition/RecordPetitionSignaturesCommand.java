package ua.hromada.registry.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records how many signatures a published petition has collected so far. Signatures are never taken back, so the
 * count never falls; a count entered too high is fixed by a correction.
 *
 * @param signatures the count so far, at least 0
 */
public record RecordPetitionSignaturesCommand(
        @TargetAggregateIdentifier PetitionId petitionId,
        int signatures) {
}
