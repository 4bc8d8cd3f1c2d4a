package ua.hromada.tenancy;

import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Stamps the caller's tenant and user id on every query sent while serving a request, so query handlers filter
 * by the tenant of the token (e.g. {@code @MetaDataValue(value = TenantMetaData.TENANT, required = true)}).
 */
public class TenantQueryDispatchInterceptor implements MessageDispatchInterceptor<QueryMessage<?, ?>> {

    private final TenantContext tenantContext;

    public TenantQueryDispatchInterceptor(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    @Override
    public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(List<? extends QueryMessage<?, ?>> queries) {
        return (index, query) -> tenantContext.currentUser()
                .<QueryMessage<?, ?>>map(user -> query.andMetaData(CallerMetaData.of(user)))
                .orElse(query);
    }
}
