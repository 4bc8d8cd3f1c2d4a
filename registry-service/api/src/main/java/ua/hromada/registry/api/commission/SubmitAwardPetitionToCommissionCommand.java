package ua.hromada.registry.api.commission;

import java.time.LocalDate;

/**
 * The awards service hands a petition to the council's awards commission. It knows only the council (the tenant
 * the command carries), not which commission considers awards there, so the registry finds the council's active
 * awards commission and puts the petition on its pending agenda; without one the petition is refused
 * ({@code no_awards_commission}). Repeating it for the same petition with the same content changes nothing.
 *
 * @param petitionId  the awards service's id of the petition
 * @param nominee     the person the petition proposes to award
 * @param awardType   the awards service's code of the award proposed
 * @param submittedOn the day the petition was submitted (business date); it reaches the commission that day
 */
public record SubmitAwardPetitionToCommissionCommand(
        String petitionId,
        String nominee,
        String awardType,
        LocalDate submittedOn) {
}
