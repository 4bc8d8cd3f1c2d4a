package ua.hromada.gateway.security;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Logs a browser user in with what the services will see: the tenant and the realm roles of the access token the
 * gateway relays, not of the ID token (Keycloak puts realm roles only into access tokens). The access token is
 * checked like any bearer token, so a login whose token the services would reject fails here already.
 */
final class AccessTokenClaimsOidcUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
    private final ReactiveJwtDecoder accessTokenDecoder;

    AccessTokenClaimsOidcUserService(ReactiveJwtDecoder accessTokenDecoder) {
        this.accessTokenDecoder = accessTokenDecoder;
    }

    @Override
    public Mono<OidcUser> loadUser(OidcUserRequest request) {
        Mono<Jwt> accessToken = accessTokenDecoder.decode(request.getAccessToken().getTokenValue())
                .onErrorMap(BadJwtException.class, rejected -> new OAuth2AuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                                "the access token is not valid for the API: " + rejected.getMessage(), null),
                        rejected))
                .onErrorMap(JwtException.class, unchecked -> new AuthenticationServiceException(
                        "the access token could not be checked: " + unchecked.getMessage(), unchecked));
        return delegate.loadUser(request)
                .zipWith(accessToken, (user, token) -> withTenantAndRoles(user, token, request));
    }

    private static OidcUser withTenantAndRoles(OidcUser user, Jwt accessToken, OidcUserRequest request) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        authorities.addAll(KeycloakClaims.realmRoleAuthorities(accessToken.getClaims()));

        Map<String, Object> userInfo = new LinkedHashMap<>(user.getUserInfo() != null
                ? user.getUserInfo().getClaims()
                : Map.of(IdTokenClaimNames.SUB, user.getSubject()));
        KeycloakClaims.tenant(accessToken.getClaims()).ifPresent(tenant -> userInfo.put(KeycloakClaims.TENANT, tenant));

        String nameAttribute = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                .getUserNameAttributeName();
        return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(userInfo),
                StringUtils.hasText(nameAttribute) ? nameAttribute : IdTokenClaimNames.SUB);
    }
}
