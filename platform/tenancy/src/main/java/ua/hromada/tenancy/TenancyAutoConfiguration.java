package ua.hromada.tenancy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The caller of the current request, for controllers and the message interceptors. */
@AutoConfiguration
public class TenancyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TenantContext tenantContext() {
        return new TenantContext();
    }
}
