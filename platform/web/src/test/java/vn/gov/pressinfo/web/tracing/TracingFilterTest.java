package vn.gov.pressinfo.web.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.UrlAttributes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.gov.pressinfo.tracing.Tracing;

/** {@link TracingFilter} in a running application, with tracing on and the spans kept in memory. */
@QuarkusTest
class TracingFilterTest {

    private static final String CALLER_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aRequestIsServedInAChildSpanOfTheCallersNamedAfterItsRouteAndAnswersWithThatSpansTraceparent() {
        Response response = given().header(Tracing.TRACEPARENT, "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01")
                .get("/test/tracing/agencies/{id}", "AG-42");

        assertThat(response.statusCode()).isEqualTo(200);
        String traceparent = response.header(Tracing.TRACEPARENT);
        assertThat(traceparent).startsWith("00-" + CALLER_TRACE + "-").doesNotContain(CALLER_SPAN);
        assertThat(response.asString()).as("current while the resource ran").isEqualTo(traceparent);
        SpanData server = serverSpan(traceparent);
        assertThat(server.getName()).isEqualTo("GET /test/tracing/agencies/{id}");
        assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN);
        assertThat(server.getAttributes().get(HttpAttributes.HTTP_REQUEST_METHOD)).isEqualTo("GET");
        assertThat(server.getAttributes().get(HttpAttributes.HTTP_ROUTE)).isEqualTo("/test/tracing/agencies/{id}");
        assertThat(server.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
        assertThat(server.getAttributes().get(UrlAttributes.URL_PATH)).isEqualTo("/test/tracing/agencies/AG-42");
    }

    @Test
    void aFailedRequestEndsItsSpanAsAnErrorAndLeavesNothingCurrentForTheNextRequests() {
        Response failed = given().header(Tracing.TRACEPARENT, "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01").get("/test/tracing/failure");

        assertThat(failed.statusCode()).isEqualTo(500);
        SpanData failure = serverSpan(failed.header(Tracing.TRACEPARENT));
        assertThat(failure.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(failure.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE)).isEqualTo(500L);

        // Whichever worker threads served those requests, a request without a traceparent starts a trace of its own.
        for (int i = 0; i < 5; i++) {
            Response next = given().get("/test/tracing/codes/{code}", "AB" + i);
            String traceparent = next.header(Tracing.TRACEPARENT);
            assertThat(traceparent).doesNotContain(CALLER_TRACE);
            assertThat(next.asString()).isEqualTo(traceparent);
            SpanData server = serverSpan(traceparent);
            assertThat(server.getParentSpanContext().isValid()).isFalse();
            assertThat(server.getName()).as("the template, without its regular expression").isEqualTo("GET /test/tracing/codes/{code}");
        }
    }

    /** The ended SERVER span that a response's traceparent names. */
    private SpanData serverSpan(String traceparent) {
        assertThat(traceparent).isNotNull();
        return await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && traceparent.equals(Tracing.traceparent(s.getSpanContext())))
                .findFirst(), Optional::isPresent).orElseThrow();
    }
}
