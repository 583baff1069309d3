package vn.gov.pressinfo.web.publicpage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * One public page as it goes on the wire: the serialized body, its media type, a strong ETag (the first 128 bits of the
 * SHA-256 of the body, hex, quoted) and the {@code Link} and {@code X-Total-Count} headers of its list page.
 *
 * <p>The body is shared by every request that gets the page from {@link PublicPageCache}: never modify it.
 *
 * @param body      the bytes sent
 * @param mediaType the Content-Type, with the charset where the type needs one
 * @param etag      strong validator of the bytes
 * @param link      RFC 8288 pagination links ({@code null}: none)
 * @param total     number of items over all pages
 */
public record RenderedPage(byte[] body, String mediaType, String etag, String link, long total) {

    /** What every public page allows any cache. */
    public static final String CACHE_CONTROL = "public, max-age=60";
    /** The request header every public page varies with: its representations (JSON, CSV, Atom, JSON-LD). */
    static final String VARIES_WITH = HttpHeaders.ACCEPT;
    static final String LINK = "Link";
    static final String TOTAL_COUNT = "X-Total-Count";

    /** A page of {@code body}, its ETag computed from the bytes. */
    public static RenderedPage of(byte[] body, String mediaType, String link, long total) {
        return new RenderedPage(body, mediaType, etag(body), link, total);
    }

    /**
     * 304 (ETag, Cache-Control, Vary, no body) when {@code If-None-Match} names this page's ETag, else 200 with the bytes as
     * they are: no serializer runs. {@code Vary: Accept} because every public page has several representations.
     */
    public Response response(String ifNoneMatch) {
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, VARIES_WITH).build();
        }
        return Response.ok(body, mediaType)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, VARIES_WITH)
                .header(LINK, link)
                .header(TOTAL_COUNT, total)
                .build();
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (or is {@code *}); compared weakly (RFC 9110 §13.1.2). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Roughly the memory the page holds, for the cache's bound. */
    int weight() {
        return body.length + 2 * (link == null ? 0 : link.length()) + mediaType.length() + 128;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "RenderedPage[" + mediaType + ", " + body.length + " bytes, " + etag + ", total " + total + "]";
    }
}
