package ua.hromada.registry.api.petition;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The council answered a published petition. {@code submittedOn} tells a report in which period's submissions the
 * petition moves from published to answered.
 */
@Revision("1")
public record PetitionAnsweredEvent(
        PetitionId petitionId,
        LocalDate submittedOn,
        LocalDate answeredOn) {
}
