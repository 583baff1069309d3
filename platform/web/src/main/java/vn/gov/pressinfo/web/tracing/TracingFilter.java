package vn.gov.pressinfo.web.tracing;

import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.UrlAttributes;
import vn.gov.pressinfo.tracing.Tracing;

/**
 * A SERVER span for every request that reaches a resource method (docs/adr/0010-tracing.md): named
 * {@code <METHOD> <route template>} (e.g. {@code GET /api/v1/agencies/{id}}, never the raw path, to keep
 * span names few), child of the caller's W3C {@code traceparent} header when there is one, current on the
 * request's thread while the (blocking) resource runs, so that what it writes to the outbox carries the
 * trace on. The response carries the span's {@code traceparent}, for callers and support to quote.
 *
 * <p>The span and its scope live in request properties; the response filter, which runs on the
 * request's thread for blocking resources and also for error responses, ends the span and closes the
 * scope. Does nothing when tracing is off.
 */
@Provider
// First of the request filters, last of the response filters: the span covers what the others do.
@Priority(Priorities.AUTHENTICATION - 500)
public class TracingFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(TracingFilter.class);
    private static final String SPAN = TracingFilter.class.getName() + ".span";
    private static final String SCOPE = TracingFilter.class.getName() + ".scope";
    /** {@code {id: [0-9]+}} → {@code {id}}: the regular expression of a template parameter is not part of the route. */
    private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*:[^/]*}");

    private final Tracing tracing;

    @Context
    ResourceInfo resourceInfo;

    public TracingFilter(Tracing tracing) {
        this.tracing = tracing;
    }

    private record OpenScope(Scope scope, Thread thread) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!tracing.enabled()) {
            return;
        }
        String route = route();
        Span span = tracing.tracer().spanBuilder(request.getMethod() + " " + route)
                .setSpanKind(SpanKind.SERVER)
                .setParent(tracing.parent(request.getHeaderString(Tracing.TRACEPARENT)))
                .setAttribute(HttpAttributes.HTTP_REQUEST_METHOD, request.getMethod())
                .setAttribute(HttpAttributes.HTTP_ROUTE, route)
                .setAttribute(UrlAttributes.URL_PATH, request.getUriInfo().getRequestUri().getRawPath())
                .startSpan();
        request.setProperty(SPAN, span);
        request.setProperty(SCOPE, new OpenScope(span.makeCurrent(), Thread.currentThread()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SPAN) instanceof Span span)) {
            return;
        }
        request.removeProperty(SPAN);
        try {
            int status = response.getStatus();
            span.setAttribute(HttpAttributes.HTTP_RESPONSE_STATUS_CODE, (long) status);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
                span.setAttribute(ErrorAttributes.ERROR_TYPE, String.valueOf(status));
            }
            response.getHeaders().putSingle(Tracing.TRACEPARENT, Tracing.traceparent(span.getSpanContext()));
        } finally {
            span.end();
            closeScope(request);
        }
    }

    /**
     * A scope must be closed on the thread that opened it: elsewhere, closing it would unset another
     * request's context. Blocking resources answer on the thread they ran on. If one ever did not, its
     * thread would keep a stale context: later requests and consumed events would not mind (their parents
     * come from their own carriers, see {@link Tracing#parent}), but an outbox row written there outside
     * any span would carry the stale trace, hence the warning.
     */
    private static void closeScope(ContainerRequestContext request) {
        if (request.getProperty(SCOPE) instanceof OpenScope open) {
            request.removeProperty(SCOPE);
            if (open.thread() == Thread.currentThread()) {
                open.scope().close();
            } else {
                LOG.warnf("Request %s %s answered on %s, not on %s where its span was made current", request.getMethod(),
                        request.getUriInfo().getPath(), Thread.currentThread().getName(), open.thread().getName());
            }
        }
    }

    /** The matched resource method's path template, e.g. {@code /api/v1/agencies/{id}}. */
    private String route() {
        Path type = resourceInfo.getResourceClass() == null ? null : resourceInfo.getResourceClass().getAnnotation(Path.class);
        Path method = resourceInfo.getResourceMethod() == null ? null : resourceInfo.getResourceMethod().getAnnotation(Path.class);
        String template = ("/" + (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value())).replaceAll("/{2,}", "/");
        if (template.length() > 1 && template.endsWith("/")) {
            template = template.substring(0, template.length() - 1);
        }
        return PARAMETER_REGEX.matcher(template).replaceAll("{$1}");
    }
}
