package vn.gov.pressinfo.web.tracing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.opentelemetry.api.trace.Span;
import vn.gov.pressinfo.tracing.Tracing;

/** A blocking resource that answers with the traceparent of the span current while it runs. */
@Path("/test/tracing")
@Produces(MediaType.TEXT_PLAIN)
public class TracedResource {

    @GET
    @Path("/agencies/{id}")
    public String agency(@PathParam("id") String id) {
        return String.valueOf(Tracing.traceparent(Span.current().getSpanContext()));
    }

    @GET
    @Path("/codes/{code: [A-Z]{2}[0-9]+}")
    public String code(@PathParam("code") String code) {
        return String.valueOf(Tracing.traceparent(Span.current().getSpanContext()));
    }

    @GET
    @Path("/failure")
    public String failure() {
        throw new IllegalStateException("simulated failure");
    }
}
