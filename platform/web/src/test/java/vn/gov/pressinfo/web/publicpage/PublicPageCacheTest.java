package vn.gov.pressinfo.web.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

class PublicPageCacheTest {

    private static final String FAMILY = "test-pages";

    private final AtomicInteger renders = new AtomicInteger();

    @Test
    void keepsThePageSoARepeatedRequestDoesNotRenderAgain() {
        PublicPageCache cache = cache(Duration.ofMinutes(1), 1_000_000);
        RenderedPage first = cache.get(FAMILY, "q=1", () -> render("a"));
        RenderedPage second = cache.get(FAMILY, "q=1", () -> render("b"));
        assertThat(second).isSameAs(first);
        assertThat(renders).hasValue(1);
        assertThat(cache.get(FAMILY, "q=2", () -> render("c")).body()).isEqualTo(bytes("c"));
        assertThat(cache.get("other", "q=1", () -> render("d")).body()).as("families do not share pages").isEqualTo(bytes("d"));
    }

    @Test
    void aChangeDropsTheFamilyOnlyAndTheETagFollowsTheBytes() {
        PublicPageCache cache = cache(Duration.ofMinutes(1), 1_000_000);
        RenderedPage before = cache.get(FAMILY, "q", () -> render("a"));
        RenderedPage otherFamily = cache.get("other", "q", () -> render("x"));
        cache.onChange(new PublicPagesChanged(FAMILY));
        RenderedPage after = cache.get(FAMILY, "q", () -> render("b"));
        assertThat(after.body()).isEqualTo(bytes("b"));
        assertThat(after.etag()).isNotEqualTo(before.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(cache.get(FAMILY, "q", () -> render("c")).etag()).as("same bytes, same ETag").isEqualTo(after.etag());
        assertThat(RenderedPage.of(bytes("a"), "text/plain", null, 1).etag()).isEqualTo(before.etag());
        assertThat(cache.get("other", "q", () -> render("y"))).isSameAs(otherFamily);
    }

    @Test
    void aPageRenderedWhileAChangeCommittedIsNotServedAfterwards() {
        PublicPageCache cache = cache(Duration.ofMinutes(1), 1_000_000);
        cache.get(FAMILY, "q", () -> {
            cache.invalidate(FAMILY); // the commit lands after the load read the old rows
            return render("old");
        });
        assertThat(cache.get(FAMILY, "q", () -> render("new")).body()).isEqualTo(bytes("new"));
        assertThat(cache.get(FAMILY, "q", () -> render("newer")).body()).isEqualTo(bytes("new"));
    }

    @Test
    void expiresAfterTheTtlAndKeepsNothingWithAZeroTtl() throws InterruptedException {
        PublicPageCache shortLived = cache(Duration.ofMillis(50), 1_000_000);
        shortLived.get(FAMILY, "q", () -> render("a"));
        Thread.sleep(120);
        assertThat(shortLived.get(FAMILY, "q", () -> render("b")).body()).isEqualTo(bytes("b"));

        PublicPageCache none = cache(Duration.ZERO, 1_000_000);
        none.get(FAMILY, "q", () -> render("a"));
        assertThat(none.get(FAMILY, "q", () -> render("b")).body()).isEqualTo(bytes("b"));
    }

    @Test
    void staysWithinItsByteBound() {
        PublicPageCache cache = cache(Duration.ofMinutes(1), 10_000);
        for (int i = 0; i < 100; i++) {
            int n = i;
            cache.get(FAMILY, n, () -> render("x".repeat(1000) + n));
        }
        assertThat(cache.keptBytes()).isPositive().isLessThanOrEqualTo(10_000);
        renders.set(0);
        for (int i = 0; i < 100; i++) {
            int n = i;
            cache.get(FAMILY, n, () -> render("x".repeat(1000) + n));
        }
        assertThat(renders.get()).as("at most 8 pages of 1.1 kB fit in 10 kB").isGreaterThanOrEqualTo(92);
    }

    @Test
    void answers304OnAMatchingIfNoneMatchAnd200WithTheBytesOtherwise() {
        RenderedPage page = RenderedPage.of(bytes("{\"items\":[]}"), "application/json", "<http://x/?page=0&size=20>; rel=\"first\"", 0);
        try (Response ok = page.response(null)) {
            assertThat(ok.getStatus()).isEqualTo(200);
            assertThat(ok.getEntity()).isSameAs(page.body());
            assertThat(ok.getHeaderString("ETag")).isEqualTo(page.etag());
            assertThat(ok.getHeaderString("Cache-Control")).isEqualTo("public, max-age=60");
            assertThat(ok.getHeaderString("Vary")).isEqualTo("Accept");
            assertThat(ok.getHeaderString("Link")).isEqualTo(page.link());
            assertThat(ok.getHeaderString("X-Total-Count")).isEqualTo("0");
        }
        for (String ifNoneMatch : new String[] {page.etag(), "\"other\", " + page.etag(), "W/" + page.etag(), "*"}) {
            try (Response notModified = page.response(ifNoneMatch)) {
                assertThat(notModified.getStatus()).as(ifNoneMatch).isEqualTo(304);
                assertThat(notModified.hasEntity()).isFalse();
                assertThat(notModified.getHeaderString("ETag")).isEqualTo(page.etag());
                assertThat(notModified.getHeaderString("Cache-Control")).isEqualTo("public, max-age=60");
            }
        }
        try (Response other = page.response("\"other\"")) {
            assertThat(other.getStatus()).isEqualTo(200);
        }
    }

    private RenderedPage render(String text) {
        renders.incrementAndGet();
        return RenderedPage.of(bytes(text), "text/plain", null, 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PublicPageCache cache(Duration ttl, long maxBytes) {
        return new PublicPageCache(new PublicPageConfig() {
            @Override
            public Duration ttl() {
                return ttl;
            }

            @Override
            public long maxBytes() {
                return maxBytes;
            }
        }, new ObjectMapper());
    }
}
