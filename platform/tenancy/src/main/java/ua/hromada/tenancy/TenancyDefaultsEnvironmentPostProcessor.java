package ua.hromada.tenancy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Gives every service the same token settings without repeating them in each {@code application.yml}: the local
 * Keycloak unless {@code HROMADA_ISSUER_URI} names another (compose, Kubernetes). Added last, so any property
 * source of the service or a test overrides them.
 */
public class TenancyDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "hromadaTenancyDefaults";
    static final String DEFAULT_ISSUER_URI = "http://127.0.0.1:8180/realms/hromada";
    static final String DEFAULT_AUDIENCE = "hromada-api";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "hromada.security.issuer-uri", "${HROMADA_ISSUER_URI:" + DEFAULT_ISSUER_URI + "}",
                "hromada.security.audience", DEFAULT_AUDIENCE)));
    }
}
