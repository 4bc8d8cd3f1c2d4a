package ua.hromada.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiAccessRuleTest {

    private final ApiAccessRule withdrawals =
            ApiAccessRule.post("/api/registry/organisations/{id}/withdrawal").allow(Role.ADMIN);

    @Test
    void matchesItsMethodAndPathPattern() {
        assertThat(withdrawals.matches(new MockHttpServletRequest("POST", "/api/registry/organisations/o-1/withdrawal")))
                .isTrue();
        assertThat(withdrawals.matches(new MockHttpServletRequest("PUT", "/api/registry/organisations/o-1/withdrawal")))
                .isFalse();
        assertThat(withdrawals.matches(new MockHttpServletRequest("POST", "/api/registry/organisations/o-1")))
                .isFalse();
    }

    @Test
    void allowsItsRolesAndTheRolesThatIncludeThem() {
        ApiAccessRule records = ApiAccessRule.post("/api/registry/organisations").allow(Role.CLERK);

        assertThat(records.allows(CurrentUser.of(TestTokens.authentication("c", "lysychansk", "clerk")))).isTrue();
        assertThat(records.allows(CurrentUser.of(TestTokens.authentication("a", "lysychansk", "admin")))).isTrue();
        assertThat(records.allows(CurrentUser.of(TestTokens.authentication("u", "lysychansk", "auditor")))).isFalse();
        assertThat(withdrawals.allows(CurrentUser.of(TestTokens.authentication("c", "lysychansk", "clerk")))).isFalse();
    }

    @Test
    void aReadRuleCoversHeadToo() {
        ApiAccessRule users = ApiAccessRule.get("/api/registry/users").allow(Role.ADMIN);

        assertThat(users.matches(new MockHttpServletRequest("HEAD", "/api/registry/users"))).isTrue();
    }

    @Test
    void coversOnlyTheCouncilApi() {
        assertThatThrownBy(() -> ApiAccessRule.post("/actuator/shutdown")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiAccessRule.post("/api/tenants")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform admins");
    }
}
