package vn.gov.pressinfo.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.json.JsonArrayBuilder;
import javax.json.JsonObjectBuilder;
import javax.json.JsonValue;
import javax.json.spi.JsonProvider;

import org.cornutum.tcases.openapi.ModelOptions;
import org.cornutum.tcases.openapi.io.TcasesOpenApiIO;
import org.cornutum.tcases.openapi.resolver.ParamData;
import org.cornutum.tcases.openapi.resolver.ParamDef;
import org.cornutum.tcases.openapi.resolver.RequestCase;
import org.cornutum.tcases.openapi.resolver.RequestCases;
import org.cornutum.tcases.openapi.testwriter.encoder.SimpleValueEncoder;
import org.cornutum.tcases.openapi.testwriter.encoder.UriEncoder;
import org.cornutum.tcases.resolve.DataValue;
import org.cornutum.tcases.resolve.ResolverContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.local.LocalStack;
import vn.gov.pressinfo.local.LocalStack.Service;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * Invalid-input fuzzing generated from the committed OpenAPI documents by Tcases for OpenAPI: for every
 * operation of every service, Tcases derives request cases that each break one rule of the document
 * (wrong type, out of range, missing required, too long, …) plus valid ones; each is sent to the packaged
 * service as press-admin. No answer may be a 5xx, and every 4xx must be an RFC 9457 problem document.
 * The generation is seeded, so a failure replays.
 */
class InvalidInputFuzzIT {

    private static final long SEED = 20261122L;
    /**
     * Request cases sent per operation, drawn with the seed from all that Tcases derives (several hundred for a large
     * operation): every operation is covered, invalid cases first, and the four services take a few minutes, not tens.
     */
    private static final int CASES_PER_OPERATION = Integer.getInteger("pressinfo.fuzz.cases-per-operation", 12);
    private static final String ADMIN = DevTokens.forRole("press-admin");
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int MAX_ITEMS = 25;
    private static final Pattern MAX_ITEMS_BOUND = Pattern.compile("maxItems: (\\d+)");

    private static Path dataDir;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        dataDir = Files.createTempDirectory("pressinfo-fuzz-");
        stack = SystemTests.startStack(dataDir);
    }

    @AfterAll
    static void stopStack() throws IOException {
        SystemTests.stopStack(stack, dataDir, "fuzz-logs");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void noInvalidInputGetsA5xxAndEvery4xxIsAProblem(Service service, TestReporter reporter) throws IOException {
        List<RequestCase> cases = requestCases(service);
        assertThat(cases).as("request cases for %s", service).isNotEmpty();
        List<String> defects = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (RequestCase request : cases) {
            Response response = send(service, request);
            int status = response.statusCode();
            outcomes.merge((request.isFailure() ? "invalid→" : "valid→") + status, 1, Integer::sum);
            String what = request.getOperation().toUpperCase() + " " + request.getPath() + " ["
                    + (request.isFailure() ? request.getInvalidInput() : "valid") + "]";
            if (status >= 500) {
                defects.add(what + " answered " + status + ": " + response.asString());
            } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                defects.add(what + " answered " + status + " without a problem document: " + response.contentType());
            }
        }
        // On the build's console (what a reviewer reads) and, as a report entry, for IDEs.
        System.out.printf("InvalidInputFuzzIT %s: %d request cases, outcomes %s%n", service, cases.size(), outcomes);
        reporter.publishEntry(service.name(), cases.size() + " request cases, outcomes " + outcomes);
        assertThat(defects).as("%s: %d request cases, outcomes %s", service, cases.size(), outcomes).isEmpty();
    }

    private static List<RequestCase> requestCases(Service service) throws IOException {
        Path document = Path.of(System.getProperty("pressinfo.root", "..")).resolve("docs/openapi/" + service.artifactId() + ".yaml");
        // Tcases builds arrays at their bounds with a uniqueness check per item (quadratic): a 20,000-item bound takes
        // minutes per operation. Bounds above MAX_ITEMS are lowered for generation only; a "too many items" case then
        // carries MAX_ITEMS + 1 items and may be accepted, which this test allows (it asserts no 5xx and problem 4xx).
        String text = MAX_ITEMS_BOUND.matcher(Files.readString(document)).replaceAll(m ->
                "maxItems: " + Math.min(Integer.parseInt(m.group(1)), MAX_ITEMS));
        try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            ModelOptions options = ModelOptions.builder().build();
            var tests = TcasesOpenApiIO.getRequestTests(in, "yaml", options);
            Random random = new Random(SEED);
            List<RequestCase> all = RequestCases.getRequestCases(tests, ResolverContext.builder().random(random).build()).getRequestCases();
            Map<String, List<RequestCase>> byOperation = new TreeMap<>();
            for (RequestCase c : all) {
                byOperation.computeIfAbsent(c.getOperation() + " " + c.getPath(), k -> new ArrayList<>()).add(c);
            }
            List<RequestCase> chosen = new ArrayList<>();
            for (List<RequestCase> cases : byOperation.values()) {
                Collections.shuffle(cases, random);
                cases.sort(Comparator.comparing(c -> !c.isFailure())); // stable: invalid ones first, in shuffled order
                chosen.addAll(cases.subList(0, Math.min(CASES_PER_OPERATION, cases.size())));
            }
            return chosen;
        }
    }

    /**
     * The body as JSON. Tcases' own DataValueJson calls Json.createArrayBuilder() and the like, which look the
     * JSON-P provider up on the class path anew on every call (seconds per request case with this class path);
     * this builds the same JSON with one provider looked up once.
     */
    private static JsonValue json(DataValue<?> value) {
        Object v = value == null ? null : value.getValue();
        if (v == null) {
            return JsonValue.NULL;
        } else if (v instanceof List<?> items) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.forEach(item -> array.add(json((DataValue<?>) item)));
            return array.build();
        } else if (v instanceof Map<?, ?> members) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            members.forEach((name, member) -> object.add(String.valueOf(name), json((DataValue<?>) member)));
            return object.build();
        } else if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (v instanceof BigDecimal d) {
            return JSON.createValue(d);
        } else if (v instanceof Long l) {
            return JSON.createValue(l);
        } else if (v instanceof Integer i) {
            return JSON.createValue(i);
        } else if (v instanceof byte[] bytes) {
            return JSON.createValue(Base64.getEncoder().encodeToString(bytes));
        }
        return JSON.createValue(String.valueOf(v));
    }

    private static Response send(Service service, RequestCase request) {
        RequestSpecification spec = given().baseUri(stack.baseUrl(service).toString()).redirects().follow(false).urlEncodingEnabled(false);
        if (!request.isAuthFailure()) {
            spec.auth().oauth2(ADMIN);
        }
        String path = request.getPath();
        for (ParamData param : request.getParams()) {
            if (param.getLocation() == ParamDef.Location.PATH && param.getValue() == null) {
                path = path.replace("{" + param.getName() + "}", ""); // a missing path segment: //, which must be a 404
                continue;
            }
            if (param.getValue() == null) {
                continue; // an undefined parameter: left out
            }
            if (param.getLocation() == ParamDef.Location.PATH) {
                path = path.replace("{" + param.getName() + "}", SimpleValueEncoder.encode(param, UriEncoder.Component.PATH));
            } else if (param.getLocation() == ParamDef.Location.QUERY) {
                spec.queryParam(param.getName(), SimpleValueEncoder.encode(param, UriEncoder.Component.QUERY));
            } else if (param.getLocation() == ParamDef.Location.HEADER) {
                spec.header(param.getName(), SimpleValueEncoder.encode(param, UriEncoder.Component.NONE));
            }
        }
        if (request.getBody() != null && request.getBody().getValue() != null) {
            String mediaType = request.getBody().getMediaType();
            spec.contentType(mediaType == null ? "application/json" : mediaType).body(json(request.getBody().getValue()).toString());
        }
        return spec.request(request.getOperation().toUpperCase(), path);
    }
}
