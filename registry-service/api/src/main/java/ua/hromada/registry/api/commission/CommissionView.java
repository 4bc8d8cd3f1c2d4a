package ua.hromada.registry.api.commission;

import java.time.LocalDate;
import java.util.List;

/**
 * A commission, working group or coordination council as the register shows it to its council, with its current
 * state, its present members, its meetings and, for an awards commission, the petitions awaiting its next meeting.
 *
 * @param id                    the id the client chose (or the service generated), unique within the council
 * @param meetings              the meetings in the order they were recorded
 * @param pendingAwardPetitions award petitions on the pending agenda, not yet taken up by a meeting
 * @param corrections           how many times an admin corrected the record (its history shows each)
 * @param version               the sequence number of the record's last event; a change may name it in
 *                              {@code If-Match}
 */
public record CommissionView(
        String id,
        String name,
        CommissionKind kind,
        CommissionPurpose purpose,
        String basis,
        LocalDate establishedOn,
        LocalDate abolishedOn,
        List<CommissionMemberView> members,
        List<CommissionMeetingView> meetings,
        List<PendingAwardPetitionView> pendingAwardPetitions,
        CommissionStatus status,
        int corrections,
        long version) {

    public CommissionView {
        members = members == null ? List.of() : List.copyOf(members);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        pendingAwardPetitions = pendingAwardPetitions == null ? List.of() : List.copyOf(pendingAwardPetitions);
    }
}
