package ua.hromada.registry.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces what the council holds about a petition with corrected details, e.g. a mistyped title, a wrong count of
 * signatures or an answer entered by mistake. Only administrators correct records; the history keeps what was
 * replaced and why.
 *
 * @param corrected the petition's details as they should have been, status and lifecycle dates included
 * @param reason    why the record is corrected
 */
public record CorrectPetitionCommand(
        @TargetAggregateIdentifier PetitionId petitionId,
        PetitionDetails corrected,
        String reason) {
}
