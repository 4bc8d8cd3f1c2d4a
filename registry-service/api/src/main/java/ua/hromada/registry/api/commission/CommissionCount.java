package ua.hromada.registry.api.commission;

import java.time.LocalDate;

/**
 * How many commissions, working groups or coordination councils the register held at the end of a day.
 *
 * @param kind {@code null} when all kinds are counted
 */
public record CommissionCount(CommissionKind kind, LocalDate asOf, long count) {
}
