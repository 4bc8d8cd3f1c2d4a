package ua.hromada.registry.api.commission;

import java.time.LocalDate;

/**
 * An award petition a meeting of the awards commission took up, with the commission's decision once known.
 *
 * @param itemId    the petition's item on the meeting's agenda: {@code petition-<petitionId>}
 * @param outcome   the decision, or {@code null} while undecided
 * @param decidedOn the day of the decision, or {@code null} while undecided
 */
public record ConsideredAwardPetitionView(
        String itemId,
        String petitionId,
        String nominee,
        String awardType,
        AwardPetitionOutcome outcome,
        LocalDate decidedOn) {
}
