package vn.gov.pressinfo.web.publicpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.buffer.Unpooled;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.UrlAttributes;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.gov.pressinfo.tracing.Tracing;
import vn.gov.pressinfo.web.ratelimit.RateLimitFilter;

/**
 * Answers a repeated anonymous GET of a public page on the event loop, in front of JAX-RS: when {@link PublicPageCache}
 * still keeps the page that the same request (target, {@code Accept}, host) got within its {@code ttl}, and the caller's
 * rate-limit lease has a token ({@link RateLimitFilter#admitsAnonymousNow}), the kept bytes are written at once, with the
 * headers the resource would have sent (ETag, 304 on {@code If-None-Match}, Cache-Control, Vary, Link, X-Total-Count,
 * RateLimit-*, and {@code traceparent} when tracing is on). Everything else (a first request, a page dropped by a
 * change, a bearer token, an empty lease, other methods) goes on to JAX-RS unchanged, which validates, renders, keeps and
 * remembers the request for next time.
 *
 * <p>Why by hand on the router: a JAX-RS answer of kept bytes still costs a worker thread hop, parameter conversion and
 * validation, several times the cost of writing the bytes (issue 19's profile); a Vert.x route is Quarkus's documented way
 * to answer before it.
 */
@ApplicationScoped
public class PublicPageRoute {

    /** After the suite's HTTP limits (-3), Quarkus's body-size route (-2) and compression (0); before JAX-RS. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_COMPRESSION + 1;

    private final PublicPageCache pages;
    private final RateLimitFilter rateLimit;
    private final Tracing tracing;

    PublicPageRoute(PublicPageCache pages, RateLimitFilter rateLimit, Tracing tracing) {
        this.pages = pages;
        this.rateLimit = rateLimit;
        this.tracing = tracing;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::serve);
    }

    void serve(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (request.method() != HttpMethod.GET || request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            routing.next();
            return;
        }
        RenderedPage page = pages.kept(request);
        if (page == null || !rateLimit.admitsAnonymousNow(routing)) {
            routing.next();
            return;
        }
        Span span = tracing.enabled() ? span(request) : null;
        HttpServerResponse response = routing.response();
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.ETAG, page.etag())
                .set(HttpHeaders.CACHE_CONTROL, RenderedPage.CACHE_CONTROL)
                .set(HttpHeaders.VARY, RenderedPage.VARIES_WITH);
        boolean notModified = RenderedPage.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag());
        int status = notModified ? 304 : 200;
        if (span != null) {
            span.setAttribute(HttpAttributes.HTTP_RESPONSE_STATUS_CODE, (long) status);
            headers.set(Tracing.TRACEPARENT, Tracing.traceparent(span.getSpanContext()));
            span.end();
        }
        response.setStatusCode(status);
        if (notModified) {
            response.end();
            return;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, page.mediaType());
        if (page.link() != null) {
            headers.set(RenderedPage.LINK, page.link());
        }
        headers.set(RenderedPage.TOTAL_COUNT, Long.toString(page.total()));
        // Wrapped, not copied: the kept bytes are never modified (RenderedPage), and each request gets its own indexes.
        response.end(Buffer.buffer(Unpooled.wrappedBuffer(page.body())));
    }

    /** A SERVER span like {@code TracingFilter}'s; public page paths have no parameters, so the path is the route. */
    private Span span(HttpServerRequest request) {
        String path = request.path();
        return tracing.tracer().spanBuilder("GET " + path)
                .setSpanKind(SpanKind.SERVER)
                .setParent(tracing.parent(request.getHeader(Tracing.TRACEPARENT)))
                .setAttribute(HttpAttributes.HTTP_REQUEST_METHOD, "GET")
                .setAttribute(HttpAttributes.HTTP_ROUTE, path)
                .setAttribute(UrlAttributes.URL_PATH, path)
                .startSpan();
    }
}
