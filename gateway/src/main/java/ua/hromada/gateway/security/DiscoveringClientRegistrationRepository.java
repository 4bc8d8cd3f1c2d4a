package ua.hromada.gateway.security;

import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;

/**
 * The {@code spring.security.oauth2.client} registrations, resolved from the provider's OIDC discovery document
 * on first use instead of at start-up (as Spring Boot's own repository does), so the gateway starts and serves
 * bearer-token traffic while Keycloak is still starting. A failed discovery is not remembered: the next login
 * tries again.
 */
final class DiscoveringClientRegistrationRepository implements ReactiveClientRegistrationRepository {

    private final Mono<Map<String, ClientRegistration>> registrations;

    DiscoveringClientRegistrationRepository(OAuth2ClientProperties properties) {
        this.registrations = Mono
                // the mapper fetches the discovery document with a blocking RestTemplate
                .fromCallable(() -> new OAuth2ClientPropertiesMapper(properties).asClientRegistrations())
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(IdentityProviderUnavailableException::new)
                .cache(found -> Duration.ofMillis(Long.MAX_VALUE), failed -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        return registrations.flatMap(found -> Mono.justOrEmpty(found.get(registrationId)));
    }
}
