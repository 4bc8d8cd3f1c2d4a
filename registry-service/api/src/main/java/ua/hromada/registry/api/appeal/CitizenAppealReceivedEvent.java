package ua.hromada.registry.api.appeal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A resident's appeal reached the council and was registered; it counts as an appeal, by channel, on
 * {@code receivedOn}. The tenant and the user who recorded it travel in the event's metadata.
 * <p>
 * {@code resolvedOn} keeps what the registering command said about an imported historical appeal, so that a
 * repeated import line is recognised as a repeat. It is not a fact of its own: when set, a
 * {@link CitizenAppealResolvedEvent} follows in the same commit, and that is what readers count.
 */
@Revision("1")
public record CitizenAppealReceivedEvent(
        CitizenAppealId citizenAppealId,
        AppealChannel channel,
        LocalDate receivedOn,
        String topic,
        String applicantName,
        LocalDate resolvedOn) {
}
