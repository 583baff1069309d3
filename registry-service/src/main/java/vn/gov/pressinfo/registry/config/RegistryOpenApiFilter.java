package vn.gov.pressinfo.registry.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.openapi.ProblemResponsesFilter;

/**
 * The platform's problem responses, adjusted for this service. Registered with
 * {@code mp.openapi.filter}, which takes a single class, so this runs the platform filter first.
 * <ul>
 * <li>Press card verification answers 200 with status "unknown" for an unregistered number, never
 * 404, although its path has a parameter: its 404 is removed.</li>
 * <li>The platform builds the field error of its 400 example with {@code Map.of}, whose iteration
 * order changes from one JVM to the next, so the written document (and the staleness test) flapped
 * between runs. The example is rewritten in a fixed order (field, message). To be fixed in
 * platform-web, after which this part can go.</li>
 * </ul>
 */
public class RegistryOpenApiFilter extends ProblemResponsesFilter {

    /** GET operations that never answer 404. */
    private static final Set<String> NEVER_NOT_FOUND = Set.of("/api/v1/press-cards/{number}/verification");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                if (NEVER_NOT_FOUND.contains(path.getKey()) && operation == path.getValue().getGET()) {
                    operation.getResponses().removeAPIResponse("404");
                }
                orderFieldErrorExample(operation.getResponses().getAPIResponse("400"));
            }
        }
    }

    private static void orderFieldErrorExample(APIResponse response) {
        if (response == null || response.getContent() == null) {
            return;
        }
        MediaType media = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (media == null || !(media.getExample() instanceof Map<?, ?> example) || !(example.get("errors") instanceof List<?> errors)) {
            return;
        }
        Map<Object, Object> ordered = new LinkedHashMap<>(example);
        ordered.put("errors", errors.stream().map(error -> {
            if (!(error instanceof Map<?, ?> fieldError)) {
                return error;
            }
            Map<Object, Object> inOrder = new LinkedHashMap<>();
            inOrder.put("field", fieldError.get("field"));
            inOrder.put("message", fieldError.get("message"));
            return inOrder;
        }).toList());
        media.setExample(ordered);
    }
}
