package ua.hromada.registry.api.streetcommittee;

/**
 * Asks for one street committee of the caller's tenant; answered with an optional {@link StreetCommitteeView},
 * empty also when the id belongs to another tenant.
 */
public record FindStreetCommitteeQuery(StreetCommitteeId streetCommitteeId) {
}
