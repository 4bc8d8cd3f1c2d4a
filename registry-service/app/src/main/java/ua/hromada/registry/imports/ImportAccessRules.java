package ua.hromada.registry.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.hromada.tenancy.ApiAccessRule;
import ua.hromada.tenancy.Role;

/** An import records what clerks record one by one, so clerks (and admins) may send one. */
@Configuration(proxyBeanMethods = false)
class ImportAccessRules {

    @Bean
    ApiAccessRule registryImport() {
        return ApiAccessRule.post(ImportController.PATH).allow(Role.CLERK);
    }
}
