package ua.hromada.registry.api.commission;

import java.time.LocalDate;

/**
 * An award petition waiting on the awards commission's pending agenda for its next meeting.
 *
 * @param placedOn the day the petition reached the commission
 */
public record PendingAwardPetitionView(String petitionId, String nominee, String awardType, LocalDate placedOn) {
}
