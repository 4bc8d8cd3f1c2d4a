package ua.hromada.gateway.forwarding;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;

/**
 * Tells services where the client reached the platform, so that the links they write ({@code Location} of a created
 * record) lead back through the gateway rather than to the service's own address. The values come from the request
 * as the gateway itself sees it, never from the client: the headers are set, replacing whatever a client sent
 * (which the routes' default filters also remove), because a client that chose them could make services write
 * links to any host. Behind a TLS-terminating proxy set {@code SERVER_FORWARD_HEADERS_STRATEGY=framework}: the
 * gateway then sees, and passes on, the host and scheme the proxy was reached at.
 */
@Component
class GatewayForwardedHeaders implements HttpHeadersFilter, Ordered {

    static final String HOST = "X-Forwarded-Host";
    static final String PROTO = "X-Forwarded-Proto";
    static final String PORT = "X-Forwarded-Port";

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        URI reached = exchange.getRequest().getURI();
        String scheme = reached.getScheme() == null ? "http" : reached.getScheme();
        int port = reached.getPort() != -1 ? reached.getPort() : "https".equals(scheme) ? 443 : 80;
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.putAll(input);
        forwarded.remove("Forwarded");
        forwarded.remove("X-Forwarded-Prefix");
        forwarded.remove("X-Forwarded-For");
        forwarded.set(HOST, reached.getHost() + (reached.getPort() != -1 ? ":" + reached.getPort() : ""));
        forwarded.set(PROTO, scheme);
        forwarded.set(PORT, String.valueOf(port));
        return forwarded;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }

    /** After Spring Cloud Gateway's own forwarding filters, so these values are the ones that reach the service. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
