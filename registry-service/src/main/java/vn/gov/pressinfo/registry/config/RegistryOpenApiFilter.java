package vn.gov.pressinfo.registry.config;

import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import vn.gov.pressinfo.web.openapi.ProblemResponsesFilter;

/**
 * The platform's problem responses, minus those an operation can never produce: press card
 * verification answers 200 with status "unknown" for an unregistered number, never 404, although its
 * path has a parameter. Registered with {@code mp.openapi.filter}, which takes a single class, so this
 * runs the platform filter first.
 */
public class RegistryOpenApiFilter extends ProblemResponsesFilter {

    /** GET operations that never answer 404. */
    private static final Set<String> NEVER_NOT_FOUND = Set.of("/api/v1/press-cards/{number}/verification");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (String path : NEVER_NOT_FOUND) {
            PathItem item = openAPI.getPaths().getPathItem(path);
            if (item != null && item.getGET() != null && item.getGET().getResponses() != null) {
                item.getGET().getResponses().removeAPIResponse("404");
            }
        }
    }
}
