package vn.gov.pressinfo.web.mapping;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.Problems;

/**
 * Refuses bodies over {@code pressinfo.web.max-body-bytes} with a 413 problem. The HTTP layer's own
 * limit ({@code quarkus.http.limits.max-body-size}, set higher) stays as a backstop for bodies
 * without a Content-Length, but answers without a problem body, hence this filter.
 */
@Provider
@PreMatching
public class BodySizeFilter implements ContainerRequestFilter {

    @ConfigProperty(name = "pressinfo.web.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Context
    UriInfo uriInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBodyBytes) {
            request.abortWith(Problems.response(ProblemType.PAYLOAD_TOO_LARGE, 413,
                    "The request body exceeds " + maxBodyBytes + " bytes.", RequestPaths.of(uriInfo), null));
        }
    }
}
