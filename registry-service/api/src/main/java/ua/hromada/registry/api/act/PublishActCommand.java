package ua.hromada.registry.api.act;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that an adopted act, or a draft decision put up for public discussion, was made public.
 *
 * @param publishedOn the day it was published (business date), not before it was adopted (or drafted, for a draft
 *                    decision)
 */
public record PublishActCommand(
        @TargetAggregateIdentifier ActId actId,
        LocalDate publishedOn) {
}
