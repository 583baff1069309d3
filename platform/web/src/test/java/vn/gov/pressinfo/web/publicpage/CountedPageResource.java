package vn.gov.pressinfo.web.publicpage;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A public page served the way the services serve theirs (under /api/, so rate-limited), counting how often JAX-RS ran it
 * and how often it rendered: {@link PublicPageRouteTest} tells from the counts which requests the route answered.
 */
@Path("/api/test/public-page")
public class CountedPageResource {

    static final String FAMILY = "test-page";
    static final AtomicInteger CALLS = new AtomicInteger();
    static final AtomicInteger RENDERS = new AtomicInteger();
    static volatile String content = "first";

    private record Query(String q, boolean text) {
    }

    private final PublicPageCache pages;

    CountedPageResource(PublicPageCache pages) {
        this.pages = pages;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response page(@QueryParam("q") String q, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CALLS.incrementAndGet();
        boolean text = accept != null && accept.startsWith(MediaType.TEXT_PLAIN);
        return pages.get(FAMILY, new Query(q, text), () -> {
            RENDERS.incrementAndGet();
            String body = content + (q == null ? "" : " " + q);
            return text ? RenderedPage.of(body.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN, null, 1)
                    : RenderedPage.of(pages.json(new Item(body)), MediaType.APPLICATION_JSON, "<http://x/?page=0>; rel=\"first\"", 1);
        }).response(ifNoneMatch);
    }

    record Item(String name) {
    }
}
