package vn.gov.pressinfo.web;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}).
 *
 * @param type     stable URI naming the kind of problem, e.g. {@code https://pressinfo.gov.vn/problems/validation}
 * @param title    short, human-readable summary of the kind of problem
 * @param status   HTTP status code
 * @param detail   explanation of this occurrence
 * @param instance the request path
 * @param errors   field violations, for validation problems
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://pressinfo.gov.vn/problems/validation") URI type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request has 1 invalid field.") String detail,
        @Schema(example = "/api/v1/agencies") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field.
     *
     * @param field   the JSON path of the field, e.g. {@code name} or {@code members[2].email}
     * @param message what is wrong with it
     */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "name") String field, @Schema(example = "must not be blank") String message) {
    }
}
