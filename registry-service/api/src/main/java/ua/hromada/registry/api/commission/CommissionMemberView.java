package ua.hromada.registry.api.commission;

/**
 * A member of a commission's present composition.
 *
 * @param position the member's position or role in the commission, or {@code null} when unknown
 */
public record CommissionMemberView(String name, String position) {
}
