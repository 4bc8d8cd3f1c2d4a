package ua.hromada.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenancyDefaultsEnvironmentPostProcessorTest {

    private final TenancyDefaultsEnvironmentPostProcessor defaults = new TenancyDefaultsEnvironmentPostProcessor();

    @Test
    void byDefaultTokensComeFromTheLocalKeycloakForTheApi() {
        TenancySecurityProperties properties = bind(environmentWith(new MockPropertySource()));

        assertThat(properties.issuerUri()).isEqualTo("http://127.0.0.1:8180/realms/hromada");
        assertThat(properties.audience()).isEqualTo("hromada-api");
    }

    @Test
    void hromadaIssuerUriNamesAnotherIssuer() {
        TenancySecurityProperties properties = bind(environmentWith(
                new MockPropertySource().withProperty("HROMADA_ISSUER_URI", "https://sso.example.ua/realms/hromada")));

        assertThat(properties.issuerUri()).isEqualTo("https://sso.example.ua/realms/hromada");
    }

    @Test
    void theServicesOwnSettingsWin() {
        TenancySecurityProperties properties = bind(environmentWith(new MockPropertySource()
                .withProperty("HROMADA_ISSUER_URI", "https://sso.example.ua/realms/hromada")
                .withProperty("hromada.security.issuer-uri", "http://127.0.0.1:9999/realms/hromada")
                .withProperty("hromada.security.audience", "other-api")));

        assertThat(properties.issuerUri()).isEqualTo("http://127.0.0.1:9999/realms/hromada");
        assertThat(properties.audience()).isEqualTo("other-api");
    }

    @Test
    void anIssuerThatIsNoUrlIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new TenancySecurityProperties("keycloak", "hromada-api"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuer-uri");
    }

    private StandardEnvironment environmentWith(MockPropertySource service) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(service);
        defaults.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    private static TenancySecurityProperties bind(StandardEnvironment environment) {
        return Binder.get(environment).bind("hromada.security", TenancySecurityProperties.class).get();
    }
}
