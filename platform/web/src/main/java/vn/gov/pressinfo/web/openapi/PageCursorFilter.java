package vn.gov.pressinfo.web.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.gov.pressinfo.web.Page;

/**
 * Documents the {@code next} cursor on every page schema: each list's {@code …Page} schema (items, page, size, total)
 * describes {@link Page}, whose {@code next} is written by the one list mechanism ({@code ListQuery}); the schemas are
 * per list only to name their item type, so the cursor is added here once rather than to each of them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageCursorFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null && properties.keySet().containsAll(List.of("items", "page", "size", "total"))
                    && !properties.containsKey("next")) {
                schema.addProperty("next", OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .description(Page.NEXT_DESCRIPTION)
                        .maxLength(1024)
                        .pattern("^[A-Za-z0-9_-]*$")
                        .examples(List.of("S0ctMTIfM2YxYzJhOWUtN2Q0NC00YTUzLTliMGUtMWQyZjNhNGI1YzZk")));
            }
        }
    }
}
