package ua.hromada.registry.api.council;

/** Asks for one council by its code; answered with an optional {@link CouncilView}. For platform administrators. */
public record FindCouncilQuery(String code) {
}
