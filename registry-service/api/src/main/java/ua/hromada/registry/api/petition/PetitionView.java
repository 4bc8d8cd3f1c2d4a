package ua.hromada.registry.api.petition;

import java.time.LocalDate;

/**
 * An e-petition as the register shows it to its council, with its current state.
 *
 * @param id              the id the client chose (or the service generated), unique within the council
 * @param rejectionReason why moderators rejected it, while it stands rejected and when the rejection said
 * @param corrections     how many times an admin corrected the record (its history shows each)
 * @param version         the sequence number of the record's last event; a change may name it in {@code If-Match}
 * @see PetitionDetails for the meaning of the other fields
 */
public record PetitionView(
        String id,
        String title,
        LocalDate submittedOn,
        String author,
        int signatures,
        PetitionRecordStatus status,
        LocalDate publishedOn,
        LocalDate rejectedOn,
        String rejectionReason,
        LocalDate answeredOn,
        int corrections,
        long version) {
}
