package ua.hromada.registry.commission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.hromada.registry.api.commission.AgendaItem;
import ua.hromada.registry.api.commission.AwardPetitionOutcome;
import ua.hromada.registry.api.commission.CommissionKind;
import ua.hromada.registry.api.commission.CommissionPurpose;
import ua.hromada.registry.record.ClientIds;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the state changes of a commission, {@code POST /api/registry/commissions/{id}/...}. */
final class CommissionChangeRequests {

    private CommissionChangeRequests() {
    }

    /** {@code /abolition}. */
    record Abolition(@NotNull LocalDate abolishedOn) {
    }

    /** {@code /correction} (admins): every detail as it should have been recorded, and why. */
    record Correction(
            @NotBlank @Size(max = 500) String name,
            @NotNull CommissionKind kind,
            @NotNull LocalDate establishedOn,
            LocalDate abolishedOn,
            @Size(max = 500) String basis,
            CommissionPurpose purpose,
            @NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code /members}: a person joining the composition. */
    record Member(@NotBlank @Size(max = 300) String name, @Size(max = 300) String position) {
    }

    /** {@code /members/removal}: a member leaving, named as when added (case and spaces aside). */
    record MemberRemoval(@NotBlank @Size(max = 300) String name) {
    }

    /**
     * {@code /meetings}: a meeting with its agenda; an awards commission's meeting also takes up the waiting award
     * petitions.
     *
     * @param id the meeting's client-chosen id, so that a retried request is recognised as a repeat; generated when
     *           absent
     */
    record Meeting(
            @Pattern(regexp = ClientIds.PATTERN, message = ClientIds.RULE) String id,
            @NotNull LocalDate heldOn,
            @Size(max = 200) List<@NotNull @Valid AgendaItemRequest> agenda) {
    }

    /** {@code /meetings/{meetingId}/decisions}: the decision on one item, once the protocol is written. */
    record Decision(@NotBlank @Size(max = 100) String itemId, @NotBlank @Size(max = 4000) String decision) {
    }

    /** {@code /award-petitions/{petitionId}/decision}: the awards commission's decision on a petition. */
    record PetitionDecision(@NotNull AwardPetitionOutcome outcome, @NotNull LocalDate decidedOn) {
    }

    static List<AgendaItem> agendaOf(List<AgendaItemRequest> agenda) {
        return agenda == null ? List.of() : agenda.stream()
                .map(item -> new AgendaItem(item.itemId(), item.title(), item.decision()))
                .toList();
    }
}
