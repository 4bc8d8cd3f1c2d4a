package ua.hromada.registry.api.streetcommittee;

import java.time.LocalDate;
import java.util.List;

/**
 * A street committee as the register shows it to its council, with its current state and its elections.
 *
 * @param id          the id the client chose (or the service generated), unique within the council
 * @param elections   the committee's elections in the order they were recorded, withdrawn ones marked
 * @param corrections how many times an admin corrected the committee or one of its elections (its history shows
 *                    each)
 * @param version     the sequence number of the record's last event; a change may name it in {@code If-Match}
 */
public record StreetCommitteeView(
        String id,
        String street,
        LocalDate establishedOn,
        LocalDate dissolvedOn,
        StreetCommitteeStatus status,
        List<StreetCommitteeElectionView> elections,
        int corrections,
        long version) {

    public StreetCommitteeView {
        elections = elections == null ? List.of() : List.copyOf(elections);
    }
}
