package ua.hromada.registry.api.appeal;

import ua.hromada.registry.api.record.RecordFilter;

/**
 * Asks for a page of the caller's tenant's appeals, ordered by {@code receivedOn}, then id; the filter's kind is
 * the channel (e.g. {@code phone}), its dates apply to {@code receivedOn} and its text to topic and applicant.
 * Answered with a {@link CitizenAppealPage}.
 */
public record FindCitizenAppealsQuery(RecordFilter filter) {
}
