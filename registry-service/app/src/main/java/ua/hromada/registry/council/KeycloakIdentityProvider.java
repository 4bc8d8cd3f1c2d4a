package ua.hromada.registry.council;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import ua.hromada.web.problem.ConflictException;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The council's side in Keycloak realm {@code hromada}, through the admin client, with only the rights of the
 * {@code hromada-tenants} service account ({@code manage-users}): see {@code deploy/keycloak/README.md}.
 */
class KeycloakIdentityProvider implements IdentityProvider {

    static final String COUNCILS_GROUP_PATH = "/councils";
    static final String TENANT_ATTRIBUTE = "tenant";
    static final String NAME_ATTRIBUTE = "name";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    private final RealmResource realm;

    KeycloakIdentityProvider(RealmResource realm) {
        this.realm = realm;
    }

    @Override
    public String createCouncilGroup(String code, String name) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(code);
        group.setAttributes(Map.of(TENANT_ATTRIBUTE, List.of(code), NAME_ATTRIBUTE, List.of(name)));
        return call("create group " + COUNCILS_GROUP_PATH + "/" + code, () -> {
            String councils = realm.getGroupByPath(COUNCILS_GROUP_PATH).getId();
            try (Response response = realm.groups().group(councils).subGroup(group)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new ConflictException(Council.TENANT_EXISTS, "code", "Council " + code
                            + " already exists in the identity provider.");
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    @Override
    public String createUser(String email, String temporaryPassword) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(temporaryPassword);
        password.setTemporary(true);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEnabled(true);
        // Nobody has confirmed the address yet; the realm does not ask for that before signing in.
        user.setEmailVerified(false);
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        user.setCredentials(List.of(password));
        return call("create user " + email, () -> {
            try (Response response = realm.users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new ConflictException("admin_exists", "adminEmail", "A user with the address " + email
                            + " already exists; every administrator belongs to one council only.");
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    /**
     * The service account may not read the realm's roles ({@code GET /roles/admin} is 403), so the role comes from
     * the roles it may grant this user.
     */
    @Override
    public void grantCouncilAdminRole(String userId) {
        call("grant role " + COUNCIL_ADMIN_ROLE + " to user " + userId, () -> {
            UserResource user = realm.users().get(userId);
            RoleRepresentation admin = user.roles().realmLevel().listAvailable().stream()
                    .filter(role -> COUNCIL_ADMIN_ROLE.equals(role.getName()))
                    .findFirst()
                    .orElseThrow(() -> new IdentityProviderFailedException("Realm role " + COUNCIL_ADMIN_ROLE
                            + " is not among the roles the onboarding client may grant", false, null));
            user.roles().realmLevel().add(List.of(admin));
            return null;
        });
    }

    @Override
    public void addToCouncil(String userId, String groupId) {
        call("add user " + userId + " to group " + groupId, () -> {
            realm.users().get(userId).joinGroup(groupId);
            return null;
        });
    }

    @Override
    public void deleteUser(String userId) {
        call("delete user " + userId, () -> {
            try {
                realm.users().get(userId).remove();
            } catch (NotFoundException alreadyGone) {
                // what was to be removed is gone
            }
            return null;
        });
    }

    @Override
    public void deleteGroup(String groupId) {
        call("delete group " + groupId, () -> {
            try {
                realm.groups().group(groupId).remove();
            } catch (NotFoundException alreadyGone) {
                // what was to be removed is gone
            }
            return null;
        });
    }

    /**
     * Runs one admin API call, telling an answer with an error status (502 for the client) from no answer at all
     * (connection refused, timeout: 503). The service account's token is fetched inside the call, by a request
     * filter whose failures the HTTP client wraps in a {@link ProcessingException}: a wrong secret is an answer
     * (401) all the same.
     */
    private static <T> T call(String step, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException | ProcessingException failure) {
            WebApplicationException answer = answerIn(failure);
            if (answer != null) {
                throw new IdentityProviderFailedException("Keycloak could not " + step + ": HTTP "
                        + answer.getResponse().getStatus() + " " + answer.getMessage(), false, failure);
            }
            throw new IdentityProviderFailedException("Keycloak could not be reached to " + step + ": "
                    + failure.getMessage(), true, failure);
        }
    }

    private static WebApplicationException answerIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof WebApplicationException answer) {
                return answer;
            }
        }
        return null;
    }
}
