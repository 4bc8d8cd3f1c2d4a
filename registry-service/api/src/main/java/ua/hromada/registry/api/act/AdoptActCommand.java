package ua.hromada.registry.api.act;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that the council, its executive committee or its head adopted a drafted act. Draft decisions are never
 * adopted as such: the decision that follows them is an act of its own.
 *
 * @param adoptedOn the day the act was adopted (business date), not before it was drafted
 * @param number    the number the adopted act got; may be left out when the draft already had the number
 */
public record AdoptActCommand(
        @TargetAggregateIdentifier ActId actId,
        LocalDate adoptedOn,
        String number) {
}
