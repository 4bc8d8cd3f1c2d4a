package ua.hromada.tenancy;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Verifies tokens against the issuer's keys, found through its OpenID discovery document when the first token
 * arrives rather than at start-up, so a service starts (and answers health checks) while Keycloak is still
 * starting. A failed discovery is retried with the next token. Beyond the signature, a token must come from the
 * issuer, be meant for the audience and be within its lifetime.
 */
final class IssuerJwtDecoder implements JwtDecoder {

    private final String issuerUri;
    private final JwtDecoder decoder;

    IssuerJwtDecoder(String issuerUri, String audience) {
        this.issuerUri = issuerUri;
        this.decoder = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder nimbus = NimbusJwtDecoder.withIssuerLocation(issuerUri).build();
            nimbus.setJwtValidator(JwtValidators.createDefaultWithValidators(
                    new JwtIssuerValidator(issuerUri), new JwtAudienceValidator(audience)));
            return nimbus;
        });
    }

    /**
     * @throws JwtException also when the issuer cannot be reached: the caller's token may be fine, so that must
     *                      not read as an invalid token (see {@link IssuerUnavailableFailureHandler})
     */
    @Override
    public Jwt decode(String token) throws JwtException {
        try {
            return decoder.decode(token);
        } catch (JwtDecoderInitializationException unreachable) {
            throw new JwtException("The issuer " + issuerUri + " could not be reached to verify the token",
                    unreachable);
        }
    }
}
