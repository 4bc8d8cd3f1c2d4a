package ua.hromada.registry.api.act;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An adopted act, or a draft decision put up for discussion, was made public on {@code publishedOn}. */
@Revision("1")
public record ActPublishedEvent(
        ActId actId,
        ActKind kind,
        String number,
        LocalDate publishedOn,
        boolean preparedByDepartment) {
}
