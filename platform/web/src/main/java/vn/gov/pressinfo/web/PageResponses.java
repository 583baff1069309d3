package vn.gov.pressinfo.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Turns a {@link Page} into a 200 response with an RFC 8288 {@code Link} header (first, prev, next, last). */
public final class PageResponses {

    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uriInfo) {
        List<String> links = new ArrayList<>(4);
        links.add(link(uriInfo, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uriInfo, Math.min(page.page() - 1, page.lastPage()), page.size(), "prev"));
        }
        if (page.page() < page.lastPage()) {
            links.add(link(uriInfo, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uriInfo, page.lastPage(), page.size(), "last"));
        return Response.ok(page)
                .header("Link", String.join(", ", links))
                .header("X-Total-Count", page.total())
                .build();
    }

    private static String link(UriInfo uriInfo, int page, int size, String rel) {
        String uri = uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build()
                .toString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
