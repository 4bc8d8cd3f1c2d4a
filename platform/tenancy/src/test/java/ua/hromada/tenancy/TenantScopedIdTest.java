package ua.hromada.tenancy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantScopedIdTest {

    @Test
    void theStoredFormIsTenantColonClientId() {
        TenantScopedId id = TenantScopedId.of("nizhyn", "org-17");

        assertThat(id.value()).isEqualTo("nizhyn:org-17");
        assertThat(id.toString()).isEqualTo("nizhyn:org-17");
        assertThat(TenantScopedId.parse("nizhyn:org-17")).isEqualTo(id);
    }

    @Test
    void theSameClientIdInTwoTenantsIsTwoIds() {
        assertThat(TenantScopedId.of("lysychansk", "org-1")).isNotEqualTo(TenantScopedId.of("nizhyn", "org-1"));
        assertThat(TenantScopedId.of("lysychansk", "org-1").value())
                .isNotEqualTo(TenantScopedId.of("nizhyn", "org-1").value());
    }

    @Test
    void aClientIdMayContainTheSeparator() {
        TenantScopedId id = TenantScopedId.parse("lysychansk:edrpou:12345678");

        assertThat(id.tenant()).isEqualTo("lysychansk");
        assertThat(id.clientId()).isEqualTo("edrpou:12345678");
    }

    @Test
    void aTenantCannotContainTheSeparatorSoNoTwoTenantsShareAStoredForm() {
        assertThatThrownBy(() -> TenantScopedId.of("lysychansk:edrpou", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void belongsOnlyToItsTenant() {
        TenantScopedId id = TenantScopedId.of("lysychansk", "org-1");

        assertThat(id.belongsTo("lysychansk")).isTrue();
        assertThat(id.belongsTo("nizhyn")).isFalse();
        assertThat(id.belongsTo(null)).isFalse();
    }

    @Test
    void unscopedValuesAreNotTenantScopedIds() {
        assertThat(TenantScopedId.tryParse("org-1")).isEmpty();
        assertThat(TenantScopedId.tryParse(":org-1")).isEmpty();
        assertThat(TenantScopedId.tryParse("nizhyn:")).isEmpty();
        assertThat(TenantScopedId.tryParse("Nizhyn:org-1")).isEmpty();
        assertThat(TenantScopedId.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> TenantScopedId.parse("org-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankClientIdsAreRefused() {
        assertThatThrownBy(() -> TenantScopedId.of("nizhyn", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantScopedId.of("nizhyn", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tenantsAreLowerCaseNamesOfAtMost63Characters() {
        assertThat(TenantScopedId.isTenant("lysychansk")).isTrue();
        assertThat(TenantScopedId.isTenant("novhorod-siverskyi")).isTrue();
        assertThat(TenantScopedId.isTenant("a".repeat(63))).isTrue();
        assertThat(TenantScopedId.isTenant("a".repeat(64))).isFalse();
        assertThat(TenantScopedId.isTenant("-lysychansk")).isFalse();
        assertThat(TenantScopedId.isTenant("Лисичанськ")).isFalse();
        assertThat(TenantScopedId.isTenant("")).isFalse();
        assertThat(TenantScopedId.isTenant(null)).isFalse();
    }
}
