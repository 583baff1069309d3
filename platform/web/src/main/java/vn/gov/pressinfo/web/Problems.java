package vn.gov.pressinfo.web;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, String path) {
        return response(type, type.status(), detail, path, null);
    }

    public static Response response(ProblemType type, int status, String detail, String path, List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, path,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
