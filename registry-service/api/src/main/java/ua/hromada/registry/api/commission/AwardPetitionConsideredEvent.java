package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A meeting of the awards commission took up a petition from its pending agenda; one event per petition, after
 * the {@link CommissionMeetingHeldEvent} that lists them all, so that the awards service's petition saga can
 * associate it by {@code petitionId} and move the petition to "on commission agenda".
 */
@Revision("1")
public record AwardPetitionConsideredEvent(
        CommissionId commissionId,
        String meetingId,
        String petitionId,
        LocalDate heldOn) {
}
