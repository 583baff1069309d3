package vn.gov.pressinfo.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns a {@link Page} into a 200 response with an RFC 8288 {@code Link} header: first, prev, next, last when the
 * caller reads by page number; first and next ({@code after=} the page's cursor) when the caller reads on with
 * cursors.
 */
public final class PageResponses {

    /** The query parameters a link sets itself. */
    private static final Set<String> PAGING_PARAMETERS = Set.of("page", "size", "after");

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
        // The request URI without page, size and after, built once; each link appends its two numbers (no encoding needed).
        String base = withoutPaging(uriInfo.getRequestUri());
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

    /**
     * {@code uri} without the paging parameters, the other parameters kept as the caller encoded them. Written on the
     * raw query rather than with {@code UriBuilder.replaceQueryParam}, which parses and re-encodes the whole URI once per
     * parameter: that was a twentieth of the CPU of a list request.
     */
    static String withoutPaging(URI uri) {
        String text = uri.toString();
        int question = text.indexOf('?');
        if (question < 0) {
            return text;
        }
        StringBuilder base = new StringBuilder(text.length()).append(text, 0, question);
        char separator = '?';
        for (String parameter : uri.getRawQuery().split("&")) {
            int equals = parameter.indexOf('=');
            String name = name(equals < 0 ? parameter : parameter.substring(0, equals));
            if (!parameter.isEmpty() && !PAGING_PARAMETERS.contains(name)) {
                base.append(separator).append(parameter);
                separator = '&';
            }
        }
        return base.toString();
    }

    private static String name(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw; // a malformed escape (java.net.URI lets none through): not a paging parameter either way
        }
    }

    private static String link(String prefix, int page, int size, String rel) {
        return prefix + page + "&size=" + size + ">; rel=\"" + rel + "\"";
    }
}
