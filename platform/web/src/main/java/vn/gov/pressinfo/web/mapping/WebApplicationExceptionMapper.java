package vn.gov.pressinfo.web.mapping;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.Problems;

/**
 * Errors the JAX-RS runtime raises itself: unknown path (404), wrong method (405), wrong
 * {@code Content-Type} (415), unsatisfiable {@code Accept} (406), unreadable parameter (400).
 */
@Provider
@Priority(Priorities.USER - 100)
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, ProblemType> BY_STATUS = Map.ofEntries(
            Map.entry(400, ProblemType.VALIDATION),
            Map.entry(401, ProblemType.UNAUTHORIZED),
            Map.entry(403, ProblemType.FORBIDDEN),
            Map.entry(404, ProblemType.NOT_FOUND),
            Map.entry(405, ProblemType.METHOD_NOT_ALLOWED),
            Map.entry(406, ProblemType.NOT_ACCEPTABLE),
            Map.entry(409, ProblemType.CONFLICT),
            Map.entry(412, ProblemType.PRECONDITION_FAILED),
            Map.entry(413, ProblemType.PAYLOAD_TOO_LARGE),
            Map.entry(415, ProblemType.UNSUPPORTED_MEDIA_TYPE),
            Map.entry(422, ProblemType.UNPROCESSABLE),
            Map.entry(428, ProblemType.PRECONDITION_REQUIRED),
            Map.entry(503, ProblemType.UNAVAILABLE));

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonProblemMappers.toProblem(json, uriInfo);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404 && isParameterConversionFailure(e)) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (an unknown enum
            // constant, a malformed UUID); for the caller it is a bad request.
            return Problems.response(ProblemType.VALIDATION, 400, "A path or query parameter has an invalid value.",
                    RequestPaths.of(uriInfo), null);
        }
        if (status >= 500) {
            return UnexpectedExceptionMapper.serverError(e, uriInfo);
        }
        ProblemType type = BY_STATUS.getOrDefault(status, status == 400 ? ProblemType.VALIDATION : ProblemType.UNPROCESSABLE);
        Response response = Problems.response(type, status, detail(status, e), RequestPaths.of(uriInfo), null);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return response;
    }

    /**
     * The router's own "no such resource" carries no cause; a 404 raised because a parameter could not
     * be converted carries the converter's exception (IllegalArgumentException for enums and UUIDs,
     * DateTimeParseException for dates…) as cause or suppressed exception.
     */
    private static boolean isParameterConversionFailure(WebApplicationException e) {
        return e.getCause() instanceof RuntimeException || e.getSuppressed().length > 0;
    }

    private static String detail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the media types in Accept can be produced by this resource.";
            case 415 -> "The Content-Type of the request is not supported by this resource.";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? ProblemType.VALIDATION.title() : e.getMessage();
        };
    }
}
