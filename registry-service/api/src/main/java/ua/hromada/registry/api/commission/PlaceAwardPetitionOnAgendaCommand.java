package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Puts an award petition on the pending agenda of a council's awards commission; its next meeting takes it up. The
 * awards service's petition saga sends it. Repeating it for the same petition with the same content changes
 * nothing; the same petition with other content is refused.
 *
 * @param petitionId the awards service's id of the petition
 * @param nominee    the person the petition proposes to award
 * @param awardType  the awards service's code of the award proposed
 * @param placedOn   the day the petition reached the commission (business date)
 */
public record PlaceAwardPetitionOnAgendaCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        String petitionId,
        String nominee,
        String awardType,
        LocalDate placedOn) {
}
