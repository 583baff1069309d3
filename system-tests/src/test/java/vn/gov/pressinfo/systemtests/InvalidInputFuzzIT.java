package vn.gov.pressinfo.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.cornutum.tcases.openapi.ModelOptions;
import org.cornutum.tcases.openapi.io.TcasesOpenApiIO;
import org.cornutum.tcases.openapi.resolver.ParamData;
import org.cornutum.tcases.openapi.resolver.ParamDef;
import org.cornutum.tcases.openapi.resolver.RequestCase;
import org.cornutum.tcases.openapi.resolver.RequestCases;
import org.cornutum.tcases.openapi.testwriter.encoder.DataValueJson;
import org.cornutum.tcases.openapi.testwriter.encoder.SimpleValueEncoder;
import org.cornutum.tcases.openapi.testwriter.encoder.UriEncoder;
import org.cornutum.tcases.resolve.ResolverContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
    private static final String ADMIN = DevTokens.forRole("press-admin");

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
    void noInvalidInputGetsA5xxAndEvery4xxIsAProblem(Service service) throws IOException {
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
        System.getLogger(InvalidInputFuzzIT.class.getName()).log(System.Logger.Level.INFO,
                "{0}: {1} request cases, outcomes {2}", service, cases.size(), outcomes);
        assertThat(defects).as("%s: %d request cases, outcomes %s", service, cases.size(), outcomes).isEmpty();
    }

    private static List<RequestCase> requestCases(Service service) throws IOException {
        Path document = Path.of(System.getProperty("pressinfo.root", "..")).resolve("docs/openapi/" + service.artifactId() + ".yaml");
        try (InputStream in = Files.newInputStream(document)) {
            ModelOptions options = ModelOptions.builder().build();
            var tests = TcasesOpenApiIO.getRequestTests(in, "yaml", options);
            return RequestCases.getRequestCases(tests, ResolverContext.builder().random(new Random(SEED)).build()).getRequestCases();
        }
    }

    private static Response send(Service service, RequestCase request) {
        RequestSpecification spec = given().baseUri(stack.baseUrl(service).toString()).redirects().follow(false).urlEncodingEnabled(false);
        if (!request.isAuthFailure()) {
            spec.auth().oauth2(ADMIN);
        }
        String path = request.getPath();
        for (ParamData param : request.getParams()) {
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
            spec.contentType(mediaType == null ? "application/json" : mediaType).body(DataValueJson.toJson(request.getBody().getValue()));
        }
        return spec.request(request.getOperation().toUpperCase(), path);
    }
}
