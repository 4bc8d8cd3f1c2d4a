package ua.hromada.registry.api.commission;

/**
 * Asks for one commission of the caller's tenant; answered with an optional {@link CommissionView}, empty also
 * when the id belongs to another tenant.
 */
public record FindCommissionQuery(CommissionId commissionId) {
}
