package ua.hromada.registry.api.appeal;

/**
 * Asks for one appeal of the caller's tenant; answered with an optional {@link CitizenAppealView}, empty also when
 * the id belongs to another tenant.
 */
public record FindCitizenAppealQuery(CitizenAppealId citizenAppealId) {
}
