package ua.hromada.registry.council;

import jakarta.ws.rs.client.Client;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/**
 * The Keycloak admin client of onboarding. It fetches (and renews) the service account's token on its first
 * call, not at start-up, so the service starts while Keycloak is still starting.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakAdminConfiguration {

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdminClient(KeycloakAdminProperties properties) {
        // The builder's default HTTP client waits forever; an onboarding request must not.
        Client http = ClientBuilderWrapper.create(null, false)
                .register(JacksonProvider.class, 100)
                .connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        return KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl().toString())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .resteasyClient(http)
                .build();
    }

    @Bean
    KeycloakIdentityProvider keycloakIdentityProvider(Keycloak keycloakAdminClient,
                                                      KeycloakAdminProperties properties) {
        return new KeycloakIdentityProvider(keycloakAdminClient.realm(properties.realm()));
    }
}
