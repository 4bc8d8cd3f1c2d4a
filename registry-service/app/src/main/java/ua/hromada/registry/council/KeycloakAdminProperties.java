package ua.hromada.registry.council;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * How onboarding reaches Keycloak's admin API ({@code hromada.keycloak.admin.*}): as the service account of the
 * confidential client {@code hromada-tenants}, whose only realm-management role is {@code manage-users}.
 *
 * @param serverUrl      Keycloak's root, e.g. {@code http://127.0.0.1:8180}
 * @param realm          the realm of the councils
 * @param clientId       the onboarding client
 * @param clientSecret   its secret (the demo realm's is public; production secrets come from the secret store)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for each answer; a call that outlasts it is answered 503. Kept short
 *                       because onboarding makes about six calls and the gateway gives up on a request after 10 s,
 *                       after which the one-time password in the answer would be lost
 */
@ConfigurationProperties("hromada.keycloak.admin")
record KeycloakAdminProperties(
        URI serverUrl,
        String realm,
        String clientId,
        String clientSecret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    KeycloakAdminProperties {
        if (serverUrl == null || !("http".equals(serverUrl.getScheme()) || "https".equals(serverUrl.getScheme()))) {
            throw new IllegalArgumentException("hromada.keycloak.admin.server-url must be an http(s) URL, got: "
                    + serverUrl);
        }
        requireText(realm, "realm");
        requireText(clientId, "client-id");
        requireText(clientSecret, "client-secret");
    }

    private static void requireText(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("hromada.keycloak.admin." + property + " must not be blank");
        }
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "KeycloakAdminProperties[serverUrl=" + serverUrl + ", realm=" + realm + ", clientId=" + clientId
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
