package ua.hromada.registry.council;

/**
 * The identity provider's side of a council, one step per call so that {@link CouncilOnboarding} can undo
 * exactly the steps that succeeded. Every step either completes or throws: a {@link ua.hromada.web.problem.RejectedException}
 * when the request collides with what the provider already holds, an {@link IdentityProviderFailedException}
 * when the provider fails or cannot be reached.
 */
interface IdentityProvider {

    /** The realm role of a council's administrators; see {@code deploy/keycloak/README.md}. */
    String COUNCIL_ADMIN_ROLE = "admin";

    /**
     * Creates the council's group, named by its code, with the attributes {@code tenant=<code>} (which becomes its
     * members' {@code tenant} claim) and {@code name=<name>}.
     *
     * @return the group's id in the provider
     * @throws ua.hromada.web.problem.ConflictException {@code tenant_exists} when the council's group exists
     */
    String createCouncilGroup(String code, String name);

    /**
     * Creates an enabled user named by the e-mail address, who must replace {@code temporaryPassword} at the
     * first sign-in.
     *
     * @return the user's id in the provider
     * @throws ua.hromada.web.problem.ConflictException {@code admin_exists} when a user has that name or address
     */
    String createUser(String email, String temporaryPassword);

    /** Grants the user the realm role {@value #COUNCIL_ADMIN_ROLE}. */
    void grantCouncilAdminRole(String userId);

    /** Makes the user a member of the council's group, and so gives its tokens the council's tenant. */
    void addToCouncil(String userId, String groupId);

    /** Deletes the user; a user that no longer exists counts as deleted. */
    void deleteUser(String userId);

    /** Deletes the group; a group that no longer exists counts as deleted. */
    void deleteGroup(String groupId);
}
