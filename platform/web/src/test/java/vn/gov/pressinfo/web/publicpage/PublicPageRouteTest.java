package vn.gov.pressinfo.web.publicpage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.gov.pressinfo.tracing.Tracing;
import vn.gov.pressinfo.web.ratelimit.RateLimitFilter;

/** {@link PublicPageRoute} in a running application: which requests it answers, and that its answers are JAX-RS's. */
@QuarkusTest
class PublicPageRouteTest {

    private static final String PAGE = "/api/test/public-page";

    @Inject
    PublicPageCache pages;

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void freshPage() {
        CountedPageResource.content = "first";
        pages.invalidate(CountedPageResource.FAMILY);
    }

    @Test
    void aRepeatedRequestIsAnsweredWithTheSameBytesAndHeadersWithoutRunningTheResource() {
        Response first = given().queryParam("q", "repeat").get(PAGE);
        int calls = CountedPageResource.CALLS.get();

        for (int i = 0; i < 5; i++) {
            Response again = given().queryParam("q", "repeat").get(PAGE);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
            for (String header : new String[] {"Content-Type", "ETag", "Cache-Control", "Vary", "Link", "X-Total-Count",
                    RateLimitFilter.LIMIT, RateLimitFilter.RESET}) {
                assertThat(again.header(header)).as(header).isEqualTo(first.header(header));
            }
            assertThat(Long.parseLong(again.header(RateLimitFilter.REMAINING))).as("each answer takes a token")
                    .isLessThan(Long.parseLong(first.header(RateLimitFilter.LIMIT)));
        }
        assertThat(CountedPageResource.CALLS.get() - calls).as("resource runs after the first request").isLessThan(5);
        assertThat(first.asString()).isEqualTo("{\"name\":\"first repeat\"}");
    }

    @Test
    void aChangeOtherRepresentationsTokensAndOtherMethodsGoToTheResource() {
        given().queryParam("q", "change").get(PAGE).then().statusCode(200);
        given().queryParam("q", "change").get(PAGE).then().statusCode(200);

        CountedPageResource.content = "second";
        pages.invalidate(CountedPageResource.FAMILY);
        assertThat(given().queryParam("q", "change").get(PAGE).asString()).as("a dropped page is rendered again")
                .isEqualTo("{\"name\":\"second change\"}");

        int calls = CountedPageResource.CALLS.get();
        assertThat(given().accept("text/plain").queryParam("q", "change").get(PAGE).asString()).isEqualTo("second change");
        given().header("Authorization", "Bearer not-a-token").queryParam("q", "change").get(PAGE);
        given().queryParam("q", "other").get(PAGE).then().statusCode(200);
        assertThat(CountedPageResource.CALLS.get() - calls).as("text, with a token, another query").isEqualTo(3);
    }

    @Test
    void aMatchingIfNoneMatchGets304AndTheAnswerIsTraced() {
        Response first = given().queryParam("q", "etag").get(PAGE);
        given().queryParam("q", "etag").get(PAGE).then().statusCode(200);
        int calls = CountedPageResource.CALLS.get();

        Response notModified = given().header("If-None-Match", first.header("ETag")).queryParam("q", "etag").get(PAGE);

        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(notModified.header("Cache-Control")).isEqualTo(RenderedPage.CACHE_CONTROL);
        assertThat(CountedPageResource.CALLS.get()).as("answered by the route").isEqualTo(calls);
        String traceparent = notModified.header(Tracing.TRACEPARENT);
        SpanData span = await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && Tracing.traceparent(s.getSpanContext()).equals(traceparent))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(span.getName()).isEqualTo("GET " + PAGE);
    }
}
