package ua.hromada.registry.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records an e-petition submitted to the council; it awaits moderation. An import of a past petition may give its
 * later status with the dates that status needs (published, rejected or answered, and the signatures it
 * collected). Repeating it with the same id and the same content changes nothing; the same id with other content is
 * refused.
 *
 * @param petitionId the tenant-scoped id of the petition; it must belong to the tenant the command carries
 * @param status     the petition's status; {@code null} means {@link PetitionStatus#MODERATION}
 * @see PetitionDetails for the meaning of the other fields
 */
public record SubmitPetitionCommand(
        @TargetAggregateIdentifier PetitionId petitionId,
        String title,
        LocalDate submittedOn,
        String author,
        int signatures,
        PetitionStatus status,
        LocalDate publishedOn,
        LocalDate rejectedOn,
        LocalDate answeredOn) {

    /** The petition as this command describes it. */
    public PetitionDetails details() {
        return new PetitionDetails(title, submittedOn, author, signatures,
                status == null ? PetitionStatus.MODERATION : status, publishedOn, rejectedOn, answeredOn);
    }
}
