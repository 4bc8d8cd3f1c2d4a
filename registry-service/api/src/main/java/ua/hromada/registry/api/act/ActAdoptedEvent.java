package ua.hromada.registry.api.act;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An act was adopted: a draft was adopted, or an act entered the register already adopted. Reports count acts by
 * kind and {@code adoptedOn}.
 *
 * @param number   the act's number after adoption
 * @param recorded when the act entered the register already adopted (this event opens its history): the act as
 *                 the recording command described it, so a repeat of that command is recognised; {@code null}
 *                 when a draft was adopted later
 */
@Revision("1")
public record ActAdoptedEvent(
        ActId actId,
        ActKind kind,
        String number,
        String title,
        LocalDate adoptedOn,
        boolean preparedByDepartment,
        ActDetails recorded) {
}
