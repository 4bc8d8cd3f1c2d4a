package ua.hromada.gateway.limit;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import ua.hromada.gateway.problem.ProblemResponses;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses request bodies larger than the limit with 413 problem+json before they reach a service: at once when
 * the declared {@code Content-Length} is too large, and for a body of unknown length (chunked) as soon as the
 * bytes read pass the limit. It also bounds the gateway's memory: a route with a circuit-breaker fallback has
 * Spring Cloud Gateway read the whole body into memory first, so the fallback could be sent it too.
 * <p>
 * Imports ({@code POST /api/<service>/imports}) have a limit of their own: their routes have no fallback, so the
 * gateway streams them, and a council's yearly file is far larger than any other request.
 */
public final class RequestSizeLimitWebFilter implements WebFilter {

    private static final PathPattern IMPORTS = PathPatternParser.defaultInstance.parse("/api/*/imports");

    private final long maxRequestBytes;
    private final long maxImportBytes;

    public RequestSizeLimitWebFilter(long maxRequestBytes, long maxImportBytes) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxImportBytes = maxImportBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long maxBytes = IMPORTS.matches(request.getPath().pathWithinApplication()) ? maxImportBytes : maxRequestBytes;
        long declaredLength = request.getHeaders().getContentLength();
        Mono<Void> handled;
        if (declaredLength > maxBytes) {
            handled = Mono.error(new RequestBodyTooLargeException(maxBytes));
        } else if (declaredLength >= 0) {
            handled = chain.filter(exchange);
        } else {
            handled = chain.filter(exchange.mutate().request(new LimitedBodyRequest(request, maxBytes)).build());
        }
        return handled.onErrorResume(RequestBodyTooLargeException.class, tooLarge -> ProblemResponses.write(
                exchange, HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyTooLargeException.CODE, tooLarge.getReason()));
    }

    private static final class LimitedBodyRequest extends ServerHttpRequestDecorator {

        private final long maxBytes;

        LimitedBodyRequest(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new RequestBodyTooLargeException(maxBytes));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
