package ua.hromada.registry.api.petition;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An e-petition was submitted and awaits moderation; it opens the petition's history. Reports count petitions by
 * {@code submittedOn}.
 *
 * @param recorded the petition as the submitting command described it, later status included when an import
 *                 recorded it at once (the steps to it follow as their own events); a repeat of that command is
 *                 recognised by it
 */
@Revision("1")
public record PetitionSubmittedEvent(
        PetitionId petitionId,
        String title,
        LocalDate submittedOn,
        String author,
        PetitionDetails recorded) {
}
