package vn.gov.pressinfo.web.mapping;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.Problems;

/**
 * Request bodies Jackson cannot read: malformed JSON, a string where a number belongs, an unknown
 * enum value. All are 400 problems; when Jackson knows which field it was, the field is named.
 */
public final class JsonProblemMappers {

    private JsonProblemMappers() {
    }

    static Response toProblem(JsonProcessingException e, UriInfo uriInfo) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            String message = message(mapping);
            return Problems.response(ProblemType.VALIDATION, 400, "The request body has an invalid field: " + field + ".",
                    RequestPaths.of(uriInfo), List.of(new Problem.FieldError(field, message)));
        }
        return Problems.response(ProblemType.MALFORMED_BODY, 400,
                "The request body is not valid JSON: " + e.getOriginalMessage(), RequestPaths.of(uriInfo), null);
    }

    private static String message(JsonMappingException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return "must be one of: " + allowed;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be a valid " + describe(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    private static String describe(Class<?> type) {
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "UTC instant (ISO-8601)";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }

    static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    /** Any Jackson processing failure. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class ProcessingMapper implements ExceptionMapper<JsonProcessingException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(JsonProcessingException e) {
            return toProblem(e, uriInfo);
        }
    }

    /** Declared separately so it wins over the extension's own mapper for this type. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(MismatchedInputException e) {
            return toProblem(e, uriInfo);
        }
    }

    @Provider
    @Priority(Priorities.USER - 100)
    public static class InvalidFormatMapper implements ExceptionMapper<InvalidFormatException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(InvalidFormatException e) {
            return toProblem(e, uriInfo);
        }
    }
}
