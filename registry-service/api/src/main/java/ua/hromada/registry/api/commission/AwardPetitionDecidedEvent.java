package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The awards commission decided on a petition at the meeting {@code meetingId}; the awards service's petition saga
 * associates it by {@code petitionId} and turns an approval into a grant.
 */
@Revision("1")
public record AwardPetitionDecidedEvent(
        CommissionId commissionId,
        String meetingId,
        String petitionId,
        AwardPetitionOutcome outcome,
        LocalDate decidedOn) {
}
