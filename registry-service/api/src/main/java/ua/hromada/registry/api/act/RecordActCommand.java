package ua.hromada.registry.api.act;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Enters an act into the council's register: a draft awaiting adoption (with {@code draftedOn}), an act already
 * adopted (with {@code adoptedOn}), or, for an import of past acts, one already published. Repeating it with the
 * same id and the same content changes nothing; the same id with other content is refused.
 *
 * @param actId the tenant-scoped id of the act; it must belong to the tenant the command carries
 * @see ActDetails for the meaning of the other fields
 */
public record RecordActCommand(
        @TargetAggregateIdentifier ActId actId,
        ActKind kind,
        String number,
        String title,
        LocalDate draftedOn,
        LocalDate adoptedOn,
        LocalDate publishedOn,
        boolean preparedByDepartment) {

    /** The act as this command describes it. */
    public ActDetails details() {
        return new ActDetails(kind, number, title, draftedOn, adoptedOn, publishedOn, preparedByDepartment);
    }
}
