package vn.gov.pressinfo.web.mapping;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.Problems;

/** Problems raised on purpose by services. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException e) {
        return Problems.response(e.type(), e.status(), e.getMessage(), RequestPaths.of(uriInfo), e.errors());
    }
}
