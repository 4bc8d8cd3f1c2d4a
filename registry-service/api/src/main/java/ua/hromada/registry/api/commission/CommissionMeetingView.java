package ua.hromada.registry.api.commission;

import java.time.LocalDate;
import java.util.List;

/**
 * One meeting of a commission as the register shows it: its agenda with the decision on each item as far as
 * recorded, and the award petitions it took up with their outcome.
 */
public record CommissionMeetingView(
        String meetingId,
        LocalDate heldOn,
        List<AgendaItem> agenda,
        List<ConsideredAwardPetitionView> awardPetitions) {

    public CommissionMeetingView {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        awardPetitions = awardPetitions == null ? List.of() : List.copyOf(awardPetitions);
    }
}
