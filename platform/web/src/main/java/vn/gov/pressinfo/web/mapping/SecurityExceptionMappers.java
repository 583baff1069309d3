package vn.gov.pressinfo.web.mapping;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.Problems;

/** 401 and 403 as problem bodies (authentication is lazy, so these reach the JAX-RS mappers). */
public final class SecurityExceptionMappers {

    private SecurityExceptionMappers() {
    }

    static Response unauthorized(UriInfo uriInfo) {
        return Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED,
                        "A valid bearer token is required for this resource.", RequestPaths.of(uriInfo)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @Provider
    @Priority(Priorities.USER - 100)
    public static class Unauthorized implements ExceptionMapper<UnauthorizedException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(UnauthorizedException e) {
            return unauthorized(uriInfo);
        }
    }

    @Provider
    @Priority(Priorities.USER - 100)
    public static class AuthenticationFailed implements ExceptionMapper<AuthenticationFailedException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(AuthenticationFailedException e) {
            return unauthorized(uriInfo);
        }
    }

    @Provider
    @Priority(Priorities.USER - 100)
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ForbiddenException e) {
            return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this operation.", RequestPaths.of(uriInfo));
        }
    }
}
