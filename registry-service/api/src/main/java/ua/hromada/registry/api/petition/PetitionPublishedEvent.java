package ua.hromada.registry.api.petition;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Moderators published a petition to collect signatures. {@code submittedOn} tells a report in which period's
 * submissions the petition moves from moderation to published.
 */
@Revision("1")
public record PetitionPublishedEvent(
        PetitionId petitionId,
        LocalDate submittedOn,
        LocalDate publishedOn) {
}
