package ua.hromada.registry.api.act;

/**
 * Asks for one act of the caller's tenant; answered with an optional {@link ActView}, empty also when the id
 * belongs to another tenant.
 */
public record FindActQuery(ActId actId) {
}
