package ua.hromada.registry.api.petition;

/**
 * Asks for one e-petition of the caller's tenant; answered with an optional {@link PetitionView}, empty also when
 * the id belongs to another tenant.
 */
public record FindPetitionQuery(PetitionId petitionId) {
}
