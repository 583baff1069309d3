package vn.gov.pressinfo.web.mapping;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.Problems;

/**
 * Bean Validation failures on request bodies and parameters: 400 with one entry per field. Field
 * names are the JSON names the caller sent ({@code name}, {@code members[2].email}), or the query
 * parameter name ({@code size}), never the Java method path.
 */
@Provider
@Priority(Priorities.USER - 100)
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "The request has 1 invalid field." : "The request has " + errors.size() + " invalid fields.";
        return Problems.response(ProblemType.VALIDATION, 400, detail, RequestPaths.of(uriInfo), errors);
    }

    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        String lastParameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                name.append('[').append(node.getKey()).append(']');
            }
        }
        if (!name.isEmpty()) {
            return name.toString();
        }
        return lastParameter == null ? "request" : lastParameter;
    }
}
