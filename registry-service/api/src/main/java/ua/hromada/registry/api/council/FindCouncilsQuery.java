package ua.hromada.registry.api.council;

/** Asks for every council of the platform; answered with a {@link CouncilList}. For platform administrators. */
public record FindCouncilsQuery() {
}
