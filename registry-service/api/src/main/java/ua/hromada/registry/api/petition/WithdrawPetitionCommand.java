package ua.hromada.registry.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a petition entered in error out of the register; reports stop counting it, its history stays.
 *
 * @param reason why the record is withdrawn
 */
public record WithdrawPetitionCommand(
        @TargetAggregateIdentifier PetitionId petitionId,
        String reason) {
}
