package vn.gov.pressinfo.web.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.ratelimit.RateLimitFilter;

/**
 * Documents the rate limits of {@link RateLimitFilter}: the {@code RateLimit-*} headers on every
 * response and a 429 with {@code Retry-After} on every operation. Used by {@link ProblemResponsesFilter}.
 */
final class RateLimitResponses {

    private static final String HEADERS = "#/components/headers/";
    /** A day: no limit of the suite makes a caller wait longer. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(86_400);
    private static final BigDecimal MAX_TOKENS = BigDecimal.valueOf(1_000_000_000L);

    private RateLimitResponses() {
    }

    static void addComponents(Components components) {
        components.addHeader(RateLimitFilter.LIMIT, header("Requests the caller may make in a burst (the capacity of its bucket).",
                MAX_TOKENS, 600));
        components.addHeader(RateLimitFilter.REMAINING, header("Requests the caller may still make now.", MAX_TOKENS, 599));
        components.addHeader(RateLimitFilter.RESET, header("Seconds until the caller's full allowance is back.", MAX_SECONDS, 1));
        components.addHeader(RateLimitFilter.RETRY_AFTER, header("Seconds to wait before the next request will be accepted.",
                MAX_SECONDS, 1));
    }

    /** The 429 response that any operation may answer. */
    static void addTooManyRequests(APIResponses responses) {
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", tooManyRequests());
        }
    }

    /** The rate-limit headers on every response of the operation. */
    static void addHeaders(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            addHeader(response, RateLimitFilter.LIMIT);
            addHeader(response, RateLimitFilter.REMAINING);
            addHeader(response, RateLimitFilter.RESET);
        }
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    private static APIResponse tooManyRequests() {
        String description = "Too many requests from this caller; retry after Retry-After seconds.";
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemType.TOO_MANY_REQUESTS.uri().toString());
        example.put("title", ProblemType.TOO_MANY_REQUESTS.title());
        example.put("status", ProblemType.TOO_MANY_REQUESTS.status());
        example.put("detail", "Too many requests from this caller: at most 600 in a burst. Retry after 1 s.");
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .example(example));
        return OASFactory.createAPIResponse().description(description).content(content)
                .addHeader(RateLimitFilter.RETRY_AFTER, OASFactory.createHeader().ref(HEADERS + RateLimitFilter.RETRY_AFTER));
    }

    private static Header header(String description, BigDecimal maximum, long example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .minimum(BigDecimal.ZERO).maximum(maximum).examples(List.of(example)));
    }
}
