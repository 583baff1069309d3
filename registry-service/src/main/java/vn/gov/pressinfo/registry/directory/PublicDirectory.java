package vn.gov.pressinfo.registry.directory;

import java.io.ByteArrayOutputStream;
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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.TextSearch;

/**
 * The public spokesperson directory (danh bạ người phát ngôn công khai): the spokespersons and
 * authorized persons in force today, rendered as JSON or CSV with a strong ETag computed from the
 * bytes.
 *
 * <p>Rendered pages are cached in memory for {@code pressinfo.registry.directory-cache-ttl} (5 s by
 * default) so that a burst of anonymous reads costs no database work; a change made through this
 * replica drops the cache as soon as it commits, and a change made through another replica shows
 * after at most the TTL, well within the {@code max-age=60} that the directory allows any cache.
 */
@ApplicationScoped
public class PublicDirectory {

    /** Excel opens UTF-8 CSV with Vietnamese text correctly only when it starts with a byte-order mark. */
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Bounds the memory held by cached pages (each distinct query is a key). */
    private static final int MAX_CACHED = 500;

    /** What a caller asked for. */
    public record Query(java.util.UUID agencyId, String agencyType, String q, int page, int size, boolean csv) {
    }

    /** A rendered page: the bytes, their ETag, the Link and total headers. */
    public record Rendered(byte[] body, String etag, String link, long total) {
    }

    private record Key(Query query, LocalDate today) {
    }

    private record Cached(Rendered rendered, long expiresAtNanos) {
    }

    /** One CSV row. The header is in Vietnamese: the file is for people, opened in a spreadsheet. */
    @JsonPropertyOrder({"kind", "fullName", "title", "phone", "email", "agencyName", "agencyId", "scope", "validFrom", "validUntil"})
    record CsvRow(
            @JsonProperty("Loại") String kind,
            @JsonProperty("Họ và tên") String fullName,
            @JsonProperty("Chức vụ") String title,
            @JsonProperty("Điện thoại") String phone,
            @JsonProperty("Thư điện tử") String email,
            @JsonProperty("Cơ quan") String agencyName,
            @JsonProperty("Mã định danh cơ quan") String agencyId,
            @JsonProperty("Phạm vi ủy quyền") String scope,
            @JsonProperty("Hiệu lực từ ngày") String validFrom,
            @JsonProperty("Hiệu lực đến ngày") String validUntil) {

        static CsvRow of(DirectoryEntryResponse e) {
            return new CsvRow(e.kind(), e.fullName(), e.title(), e.phone(), e.email(), e.agencyName(), e.agencyId().toString(),
                    e.scope(), e.validFrom().toString(), e.validUntil() == null ? null : e.validUntil().toString());
        }
    }

    private final DirectoryRepository entries;
    private final BusinessTime time;
    private final ObjectMapper json;
    private final ObjectWriter csv;
    private final long ttlNanos;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    public PublicDirectory(DirectoryRepository entries, BusinessTime time, ObjectMapper json,
            @ConfigProperty(name = "pressinfo.registry.directory-cache-ttl", defaultValue = "5s") Duration ttl) {
        this.entries = entries;
        this.time = time;
        this.json = json;
        // Quote only the fields that need it (separators, quotes, line breaks: RFC 4180), not every text
        // with a space or a non-ASCII letter as Jackson does by default.
        CsvMapper csvMapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        this.csv = csvMapper.writer(csvMapper.schemaFor(CsvRow.class).withHeader().withLineSeparator("\r\n").withNullValue(""));
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The page for {@code query}, from the cache when fresh.
     *
     * @param links builds the Link header of a page (only when the page is rendered, so the cached
     *              answer costs no URI building either). The links of a cached page are those of the
     *              request that rendered it: the same query, possibly spelled differently ("kien giang"
     *              or "Kiên Giang"), which names the same pages.
     */
    public Rendered render(Query query, java.util.function.Function<Page<?>, String> links) {
        Key key = new Key(normalized(query), time.today());
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.rendered();
        }
        Rendered rendered = renderFresh(key, links);
        if (ttlNanos > 0) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, new Cached(rendered, now + ttlNanos));
        }
        return rendered;
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

    private Rendered renderFresh(Key key, java.util.function.Function<Page<?>, String> links) {
        Query q = key.query();
        Page<DirectoryEntryResponse> page = entries.inForce(new DirectoryRepository.Filter(q.agencyId(), q.agencyType(), q.q()), key.today(),
                new PageRequest(q.page(), q.size())).map(DirectoryEntryResponse::of);
        byte[] body = q.csv() ? csv(page.items()) : json(page);
        return new Rendered(body, etag(body), links.apply(page), page.total());
    }

    private byte[] json(Page<DirectoryEntryResponse> page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] csv(List<DirectoryEntryResponse> items) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(UTF8_BOM);
            out.write(csv.writeValueAsBytes(items.stream().map(CsvRow::of).toList()));
            return out.toByteArray();
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

    /** "Kiên Giang", "kien  giang" and " KIEN GIANG" are one query, hence one cache entry. */
    private static Query normalized(Query q) {
        String text = q.q() == null || q.q().isBlank() ? null : TextSearch.fold(q.q());
        String type = q.agencyType() == null || q.agencyType().isBlank() ? null : q.agencyType().trim();
        return new Query(q.agencyId(), type, text, q.page(), q.size(), q.csv());
    }
}
