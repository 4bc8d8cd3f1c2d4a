package ua.hromada.tenancy;

import java.util.HashMap;
import java.util.Map;

/** The metadata that names a caller on the messages it sends. */
final class CallerMetaData {

    private CallerMetaData() {
    }

    static Map<String, String> of(CurrentUser user) {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(TenantMetaData.USER, user.userId());
        user.tenant().ifPresent(tenant -> metaData.put(TenantMetaData.TENANT, tenant));
        return metaData;
    }
}
