package ua.hromada.registry.api.commission;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records the awards commission's decision on a petition a meeting took up. A petition is decided once: repeating
 * the same outcome changes nothing, another outcome is refused.
 *
 * @param petitionId the awards service's id of the petition
 * @param decidedOn  the day of the decision (business date), not before the meeting
 */
public record DecideAwardPetitionCommand(
        @TargetAggregateIdentifier CommissionId commissionId,
        String petitionId,
        AwardPetitionOutcome outcome,
        LocalDate decidedOn) {
}
