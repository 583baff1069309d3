package vn.gov.pressinfo.web.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Bounds the string types whose length their format fixes: {@code UUID} (36 characters), {@code LocalDate} (10) and
 * {@code Instant} (35: an ISO-8601 date-time with nanoseconds and an offset). Jackson parses every such value into
 * its Java type, so nothing longer is ever accepted; the documents say so with {@code maxLength}. Properties that
 * {@code $ref} one of these types lose the redundant {@code type: string} that {@code @Schema(example = …)} puts beside
 * the reference, so that the referenced schema, with its bounds, is the whole description. Inline strings of format
 * uuid, date or date-time (parameters) get the same bounds.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BoundedTypesFilter implements OASFilter {

    private static final Map<String, Integer> FORMATTED = Map.of("UUID", 36, "LocalDate", 10, "Instant", 35,
            "OffsetDateTime", 35, "LocalTime", 18, "YearMonth", 7);
    /** The same for inline schemas (parameters of those types): JAX-RS converts them, rejecting anything else. */
    private static final Map<String, Integer> FORMATS = Map.of("uuid", 36, "date", 10, "date-time", 35);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            Integer max = FORMATTED.get(name);
            if (max != null && schema.getMaxLength() == null) {
                schema.setMaxLength(max);
            }
        });
    }

    @Override
    public Schema filterSchema(Schema schema) {
        Integer formatted = schema.getFormat() == null ? null : FORMATS.get(schema.getFormat());
        if (formatted != null && schema.getMaxLength() == null && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.STRING))) {
            schema.setMaxLength(formatted);
        }
        String ref = schema.getRef();
        if (ref != null && FORMATTED.containsKey(ref.substring(ref.lastIndexOf('/') + 1))
                && schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.STRING))) {
            schema.setType(null);
        }
        return schema;
    }
}
