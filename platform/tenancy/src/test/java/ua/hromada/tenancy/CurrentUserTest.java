package ua.hromada.tenancy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentUserTest {

    private final TenantContext tenantContext = new TenantContext();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tenantUserAndRolesComeFromTheToken() {
        CurrentUser user = CurrentUser.of(TestTokens.authentication("nizhyn-auditor", "nizhyn", "auditor"));

        assertThat(user.userId()).isEqualTo("nizhyn-auditor");
        assertThat(user.tenant()).contains("nizhyn");
        assertThat(user.roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void aTokenWithoutTenantClaimHasNoTenant() {
        assertThat(CurrentUser.of(TestTokens.authentication("platform-admin", null, "platform-admin")).tenant())
                .isEmpty();
    }

    @Test
    void aTenantClaimThatIsNotAPlainTenantNameCountsAsNone() {
        for (Object claim : List.of(List.of("lysychansk"), "", "Lysychansk", "lysychansk:nizhyn", 42)) {
            Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("tenant", claim).build();

            assertThat(CurrentUser.of(new JwtAuthenticationToken(jwt)).tenant()).as("claim %s", claim).isEmpty();
        }
    }

    @Test
    void theCouncilsNameComesWithItsTenantAndIsOptional() {
        Jwt named = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("tenant", "lysychansk")
                .claim("council_name", " Лисичанська міська рада ").build();
        Jwt nameless = Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claim("tenant", "lysychansk")
                .claim("council_name", List.of("not", "a", "name")).build();
        Jwt councilless = Jwt.withTokenValue("t").header("alg", "RS256").subject("s")
                .claim("council_name", "Лисичанська міська рада").build();

        assertThat(CurrentUser.of(new JwtAuthenticationToken(named)).councilName()).contains("Лисичанська міська рада");
        assertThat(CurrentUser.of(new JwtAuthenticationToken(nameless)).councilName()).isEmpty();
        assertThat(CurrentUser.of(new JwtAuthenticationToken(councilless)).councilName()).isEmpty();
    }

    @Test
    void adminsActAsClerksButNotAsAuditorsOrPlatformAdmins() {
        CurrentUser admin = CurrentUser.of(TestTokens.authentication("a", "lysychansk", "admin"));
        CurrentUser clerk = CurrentUser.of(TestTokens.authentication("c", "lysychansk", "clerk"));

        assertThat(admin.mayActAs(Role.CLERK)).isTrue();
        assertThat(admin.mayActAs(Role.ADMIN)).isTrue();
        assertThat(admin.mayActAs(Role.AUDITOR)).isFalse();
        assertThat(admin.mayActAs(Role.PLATFORM_ADMIN)).isFalse();
        assertThat(clerk.mayActAs(Role.ADMIN)).isFalse();
    }

    @Test
    void theContextReadsTheSignedInCaller() {
        SecurityContextHolder.getContext().setAuthentication(
                TestTokens.authentication("lysychansk-clerk", "lysychansk", "clerk"));

        assertThat(tenantContext.currentUser()).map(CurrentUser::userId).contains("lysychansk-clerk");
        assertThat(tenantContext.requireTenant()).isEqualTo("lysychansk");
        assertThat(tenantContext.scope("org-1")).isEqualTo(TenantScopedId.of("lysychansk", "org-1"));
    }

    @Test
    void nobodySignedInIsNoCaller() {
        assertThat(tenantContext.currentUser()).isEmpty();
        assertThatThrownBy(tenantContext::requireTenant).isInstanceOf(TenantMissingException.class);
    }

    @Test
    void anAnonymousRequestIsNoCaller() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(tenantContext.currentUser()).isEmpty();
    }

    @Test
    void aCallerWithoutTenantCannotScopeIds() {
        SecurityContextHolder.getContext().setAuthentication(
                TestTokens.authentication("platform-admin", null, "platform-admin"));

        assertThat(tenantContext.currentUser()).isPresent();
        assertThatThrownBy(() -> tenantContext.scope("org-1")).isInstanceOf(TenantMissingException.class);
    }
}
