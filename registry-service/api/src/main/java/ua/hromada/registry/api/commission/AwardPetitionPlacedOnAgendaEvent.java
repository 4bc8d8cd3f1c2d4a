package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An award petition waits on the awards commission's pending agenda until its next meeting. The awards service's
 * petition saga associates it by {@code petitionId}.
 */
@Revision("1")
public record AwardPetitionPlacedOnAgendaEvent(
        CommissionId commissionId,
        String petitionId,
        String nominee,
        String awardType,
        LocalDate placedOn) {
}
