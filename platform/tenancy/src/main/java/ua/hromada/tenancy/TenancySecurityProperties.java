package ua.hromada.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * How services verify tokens ({@code hromada.security.*}); the defaults come from
 * {@link TenancyDefaultsEnvironmentPostProcessor}.
 *
 * @param issuerUri the issuer every token must name in {@code iss}, exactly as Keycloak writes it (its fixed
 *                  hostname keeps it stable); its keys are found through its OpenID discovery document
 * @param audience  what every token must name in {@code aud}: tokens for other clients are not for this API
 */
@ConfigurationProperties("hromada.security")
public record TenancySecurityProperties(String issuerUri, String audience) {

    public TenancySecurityProperties {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalArgumentException("hromada.security.issuer-uri must name the token issuer");
        }
        String scheme = URI.create(issuerUri).getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("hromada.security.issuer-uri must be an http(s) URL, got: " + issuerUri);
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("hromada.security.audience must not be blank");
        }
    }
}
