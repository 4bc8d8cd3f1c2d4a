package ua.hromada.registry.tenancy;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tenancy before SSO ({@code hromada.tenancy.*}).
 *
 * @param defaultTenant the single tenant of the pre-SSO stack, stamped on every command and query; the tenant
 *                      claim of the caller's JWT replaces it when SSO lands
 */
@Validated
@ConfigurationProperties("hromada.tenancy")
public record TenancyProperties(@DefaultValue("lysychansk") @NotBlank String defaultTenant) {
}
