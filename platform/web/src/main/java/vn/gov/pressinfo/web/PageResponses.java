package vn.gov.pressinfo.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns a {@link Page} into a 200 response with an RFC 8288 {@code Link} header: first, prev, next, last when the
 * caller reads by page number; first and next ({@code after=} the page's cursor) when the caller reads on with
 * cursors.
 */
public final class PageResponses {

    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uriInfo) {
        return Response.ok(page)
                .header("Link", links(page, uriInfo))
                .header("X-Total-Count", page.total())
                .build();
    }

    /** The {@code Link} header of {@code page}: the request URI with other page numbers, or with the next cursor. */
    public static String links(Page<?> page, UriInfo uriInfo) {
        // The request URI without page and size, built once; each link appends its two numbers (no encoding needed).
        String base = uriInfo.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("size")
                .replaceQueryParam("after").build().toString();
        String prefix = "<" + base + (base.indexOf('?') < 0 ? "?" : "&") + "page=";
        List<String> links = new ArrayList<>(4);
        String after = uriInfo.getQueryParameters().getFirst("after");
        if (after != null && !after.isEmpty()) {
            links.add(link(prefix, 0, page.size(), "first"));
            if (page.next() != null) {
                links.add("<" + base + (base.indexOf('?') < 0 ? "?" : "&") + "after=" + page.next() + "&size=" + page.size()
                        + ">; rel=\"next\"");
            }
            return String.join(", ", links);
        }
        links.add(link(prefix, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(prefix, Math.min(page.page() - 1, page.lastPage()), page.size(), "prev"));
        }
        if (page.page() < page.lastPage()) {
            links.add(link(prefix, page.page() + 1, page.size(), "next"));
        }
        links.add(link(prefix, page.lastPage(), page.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(String prefix, int page, int size, String rel) {
        return prefix + page + "&size=" + size + ">; rel=\"" + rel + "\"";
    }
}
