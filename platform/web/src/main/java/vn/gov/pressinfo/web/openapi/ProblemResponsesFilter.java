package vn.gov.pressinfo.web.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemType;

/**
 * Documents the error responses every endpoint shares, so resources declare only their success
 * responses: the {@code Problem} schema, the {@code bearer} security scheme, and on each operation
 * the RFC 9457 responses that the platform can produce for it (400, 401/403 when secured, 404 when
 * the path names a resource, 409/412/415/422/428 for writes, 429 with the rate-limit headers on every
 * response, 500, 503). Runs when the application is built, like the other filters: a filter that runs at start-up
 * makes every replica rebuild the whole document before it can serve.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    /**
     * Operation extension for an operation whose path names a resource but which never answers 404
     * (e.g. a verification that answers "unknown"): {@code @Extension(name = NEVER_NOT_FOUND, value = "true")}.
     * The filter leaves out the 404 and removes the extension from the document.
     */
    public static final String NEVER_NOT_FOUND = "x-pressinfo-never-404";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("Problem", problemSchema());
        components.addSchema("FieldError", fieldErrorSchema());
        RateLimitResponses.addComponents(components);
        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("OIDC access token, a signed JWT verified as RFC8725 advises (fixed algorithm, signature, issuer, expiry). Roles in realm_access.roles: press-admin, agency-officer (with an agency_id claim), "
                        + "press-monitor, auditor, system."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean identifiesResource = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), identifiesResource);
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean identifiesResource) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean update = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean hasBody = operation.getRequestBody() != null;
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(NEVER_NOT_FOUND)) {
            identifiesResource = false;
            operation.removeExtension(NEVER_NOT_FOUND);
        }

        add(responses, ProblemType.VALIDATION, "Invalid parameters or body; errors[] names each invalid field.");
        if (secured) {
            add(responses, ProblemType.UNAUTHORIZED, "No valid bearer token.");
            add(responses, ProblemType.FORBIDDEN, "The caller's role or agency does not allow this.");
        }
        if (identifiesResource) {
            add(responses, ProblemType.NOT_FOUND, "No such resource.");
        }
        if (write) {
            add(responses, ProblemType.CONFLICT, "Conflicts with existing data, or a request with the same Idempotency-Key is still running.");
            add(responses, ProblemType.UNPROCESSABLE, "Well-formed but breaks a business rule, or reuses an Idempotency-Key with another body.");
        }
        if (hasBody) {
            add(responses, ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than 1 MiB.");
            add(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not application/json.");
        }
        if (update) {
            add(responses, ProblemType.PRECONDITION_FAILED, "If-Match does not name the current version.");
            add(responses, ProblemType.PRECONDITION_REQUIRED, "If-Match is missing.");
        }
        RateLimitResponses.addTooManyRequests(responses);
        add(responses, ProblemType.INTERNAL, "An unexpected error (a bug); it is logged, and the body holds no internals.");
        add(responses, ProblemType.UNAVAILABLE, "The database is unavailable; retry later.");
        RateLimitResponses.addHeaders(responses);
    }

    private static void add(APIResponses responses, ProblemType type, String description) {
        String code = Integer.toString(type.status());
        if (responses.hasAPIResponse(code)) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", description);
        if (type == ProblemType.VALIDATION) {
            // Ordered: Map.of iterates in a per-JVM random order, which would make the document unstable.
            Map<String, Object> fieldError = new LinkedHashMap<>();
            fieldError.put("field", "name");
            fieldError.put("message", "must not be blank");
            example.put("errors", List.of(fieldError));
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(code, response);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json).")
                .addProperty("type", string("Stable URI of the kind of problem.", "https://pressinfo.gov.vn/problems/validation", 200).format("uri"))
                .addProperty("title", string("Short summary of the kind of problem.", "Invalid request", 200))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("HTTP status code.").examples(List.of(400)).minimum(BigDecimal.valueOf(100)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string("What went wrong in this request.", "The request has 1 invalid field.", 4000))
                .addProperty("instance", string("The request path.", "/api/v1/agencies", 4096))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Invalid fields, for validation problems.").maxItems(500)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One invalid field.")
                .addProperty("field", string("JSON path of the field or name of the parameter.", "name", 1000))
                .addProperty("message", string("What is wrong with it.", "must not be blank", 1000))
                .required(List.of("field", "message"));
    }

    private static Schema string(String description, String example, int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).examples(List.of(example))
                .maxLength(maxLength);
    }
}
