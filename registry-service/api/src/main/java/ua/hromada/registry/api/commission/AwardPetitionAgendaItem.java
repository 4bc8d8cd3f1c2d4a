package ua.hromada.registry.api.commission;

/**
 * An award petition an awards commission considered at a meeting: it waited on the commission's pending agenda and
 * the meeting took it up. Its decision comes as an {@link AwardPetitionDecidedEvent}.
 *
 * @param itemId     the petition's item on the meeting's agenda: {@code petition-<petitionId>}
 * @param petitionId the awards service's id of the petition
 */
public record AwardPetitionAgendaItem(String itemId, String petitionId, String nominee, String awardType) {
}
