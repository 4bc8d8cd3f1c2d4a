package ua.hromada.registry.api.act;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An act entered the register as a draft. Reports count draft decisions by {@code draftedOn}, and the drafts the
 * department prepared by kind. Only recording an act drafts it, so this event always opens the act's history.
 *
 * @param recorded the act as the recording command described it, later steps included when an import recorded
 *                 them at once (those steps follow as their own events); a repeat of that command is recognised
 *                 by it
 */
@Revision("1")
public record ActDraftedEvent(
        ActId actId,
        ActKind kind,
        String number,
        String title,
        LocalDate draftedOn,
        boolean preparedByDepartment,
        ActDetails recorded) {
}
