package ua.hromada.registry.api.petition;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Moderators refused to publish a petition. {@code submittedOn} tells a report in which period's submissions the
 * petition moves from moderation to rejected.
 *
 * @param reason why it was rejected; {@code null} when an import of a past petition did not say
 */
@Revision("1")
public record PetitionRejectedEvent(
        PetitionId petitionId,
        LocalDate submittedOn,
        LocalDate rejectedOn,
        String reason) {
}
