package ua.hromada.registry.api.commission;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A commission met on {@code heldOn}; reports count meetings by that day and break them down by the commission's
 * {@code purpose} (awards-commission meetings separately), which the event carries with its {@code kind} so that a
 * reader needs nothing else.
 *
 * @param agenda         the questions the meeting's protocol lists, as recorded
 * @param awardPetitions the award petitions the meeting took up from the commission's pending agenda
 */
@Revision("1")
public record CommissionMeetingHeldEvent(
        CommissionId commissionId,
        String meetingId,
        CommissionKind kind,
        CommissionPurpose purpose,
        LocalDate heldOn,
        List<AgendaItem> agenda,
        List<AwardPetitionAgendaItem> awardPetitions) {

    public CommissionMeetingHeldEvent {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        awardPetitions = awardPetitions == null ? List.of() : List.copyOf(awardPetitions);
    }
}
