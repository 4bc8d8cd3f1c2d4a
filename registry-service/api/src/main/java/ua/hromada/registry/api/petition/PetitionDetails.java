package ua.hromada.registry.api.petition;

import java.time.LocalDate;

/**
 * Everything the council knows about one e-petition, its status and lifecycle dates included: what a petition was
 * submitted (or imported) with, what a correction replaces and what a withdrawal takes back. The dates match the
 * status: a published petition has {@code publishedOn}, an answered one {@code publishedOn} and {@code answeredOn},
 * a rejected one {@code rejectedOn}; only a published or answered petition has collected signatures.
 *
 * @param submittedOn the day the author submitted the petition (business date)
 * @param author      who submitted it, as the e-petition platform names them
 * @param signatures  how many signatures it collected, at least 0
 * @param publishedOn the day moderators published it to collect signatures
 * @param rejectedOn  the day moderators rejected it
 * @param answeredOn  the day the council answered it
 */
public record PetitionDetails(
        String title,
        LocalDate submittedOn,
        String author,
        int signatures,
        PetitionStatus status,
        LocalDate publishedOn,
        LocalDate rejectedOn,
        LocalDate answeredOn) {
}
