package vn.gov.pressinfo.registry.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.CsvExport;
import vn.gov.pressinfo.web.Page;

/**
 * How the public lists of the registry are served (the spokesperson directory, the representative offices and the resident
 * reporters): one page as JSON or as CSV ({@link CsvExport}), with a strong ETag computed from the bytes, 304 on a matching
 * {@code If-None-Match}, {@code Cache-Control: public, max-age=60} and {@code Vary: Accept}.
 *
 * <p>Rendered pages are cached in memory for {@code pressinfo.registry.directory-cache-ttl} (5 s by default) so that a burst
 * of anonymous reads costs no database work; a change made through this replica ({@link DirectoryChanged}) drops the cache
 * as soon as it commits, and a change made through another replica shows after at most the TTL, well within the
 * {@code max-age=60} that the lists allow any cache.
 */
@ApplicationScoped
public class PublicPages {

    /** What every public list allows any cache. */
    public static final String CACHE_CONTROL = "public, max-age=60";
    /** The media type name in {@code @Produces} and OpenAPI; responses carry {@link CsvExport#MEDIA_TYPE} with the charset. */
    public static final String TEXT_CSV = "text/csv";
    /** The {@code format} query parameter: overrides {@code Accept}, so a plain link can download the CSV. */
    public static final String FORMAT_PATTERN = "json|csv";
    /** Bounds the memory held by cached pages (each distinct query is a key). */
    private static final int MAX_CACHED = 500;

    /** A rendered page: the bytes, their media type and ETag, the Link and total headers. */
    public record Rendered(byte[] body, String mediaType, String etag, String link, long total) {
    }

    /** The representation asked for: JSON or CSV, and whether the caller said so with {@code format} (links keep it). */
    public record Representation(boolean csv, String format) {
    }

    private record Key(Object query, Representation representation, LocalDate today) {
    }

    private record Cached(Rendered rendered, long expiresAtNanos) {
    }

    private final BusinessTime time;
    private final ObjectMapper json;
    private final long ttlNanos;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    public PublicPages(BusinessTime time, ObjectMapper json,
            @ConfigProperty(name = "pressinfo.registry.directory-cache-ttl", defaultValue = "5s") Duration ttl) {
        this.time = time;
        this.json = json;
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The page for {@code query} (a record naming the list, its filters and the page, already normalised so that spellings
     * of one query share an entry), from the cache when fresh.
     *
     * @param load  the page of the list on a day (today in Vietnam)
     * @param csv   the CSV file of the page's rows
     * @param links builds the Link header of a page (only when the page is rendered, so the cached answer costs no URI
     *              building either). The links of a cached page are those of the request that rendered it: the same
     *              query, possibly spelled differently, which names the same pages.
     */
    public <T> Rendered render(Object query, Representation representation, Function<LocalDate, Page<T>> load,
            Function<List<T>, byte[]> csv, Function<Page<?>, String> links) {
        Key key = new Key(query, representation, time.today());
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.rendered();
        }
        Page<T> page = load.apply(key.today());
        byte[] body = representation.csv() ? csv.apply(page.items()) : json(page);
        Rendered rendered = new Rendered(body, representation.csv() ? CsvExport.MEDIA_TYPE : MediaType.APPLICATION_JSON, etag(body),
                links.apply(page), page.total());
        if (ttlNanos > 0) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, new Cached(rendered, now + ttlNanos));
        }
        return rendered;
    }

    /** 304 when {@code If-None-Match} names the page's ETag, else 200 with the page, both cacheable by anyone. */
    public static Response respond(Rendered rendered, String ifNoneMatch) {
        if (matches(ifNoneMatch, rendered.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, rendered.etag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return Response.ok(rendered.body(), rendered.mediaType())
                .header(HttpHeaders.ETAG, rendered.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header("Link", rendered.link())
                .header("X-Total-Count", rendered.total())
                .build();
    }

    /**
     * CSV when {@code format=csv}, JSON when {@code format=json}; otherwise the first acceptable type (by quality) that the
     * lists produce, JSON unless CSV is preferred.
     */
    public static Representation representation(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return new Representation(format.equals("csv"), format); // json or csv, as FORMAT_PATTERN checked
        }
        return new Representation(prefersCsv(headers), null);
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (or is {@code *}). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2); // If-None-Match compares weakly (RFC 9110 §13.1.2)
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        cache.clear();
    }

    private static boolean prefersCsv(HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains("csv")) {
            return false; // the common case, without parsing Accept
        }
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.valueOf(TEXT_CSV))) {
                return true;
            }
        }
        return false;
    }

    private byte[] json(Page<?> page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
