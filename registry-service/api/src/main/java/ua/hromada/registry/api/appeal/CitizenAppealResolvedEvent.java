package ua.hromada.registry.api.appeal;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The council resolved a resident's appeal on {@code resolvedOn}.
 *
 * @param channel the appeal's channel when it was resolved, so that counts by channel need no other event
 */
@Revision("1")
public record CitizenAppealResolvedEvent(
        CitizenAppealId citizenAppealId,
        AppealChannel channel,
        LocalDate resolvedOn) {
}
