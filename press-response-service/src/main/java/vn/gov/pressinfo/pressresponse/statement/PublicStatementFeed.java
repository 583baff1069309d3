package vn.gov.pressinfo.pressresponse.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import vn.gov.pressinfo.pressresponse.config.PressConfig;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

/**
 * The public feed of statements (thông tin phát ngôn công khai): public statements only, newest first, rendered as JSON or
 * as an Atom 1.0 feed (RFC 4287) for the agencies' portals and the provincial portal to syndicate.
 *
 * <p>Atom is written with Rome ({@code com.rometools:rome}), the maintained Java feed library: it knows which elements
 * RFC 4287 requires and escapes text properly, which a hand-written template would have to get right by itself.
 *
 * <p>The ETag is strong: a digest of what the representation is made of (number of public statements, the last
 * recording, the sum of their versions, the query and the format). Rendered pages are kept briefly and dropped when a
 * statement is recorded here, so a repeated request (or a 304) costs no database round trip.
 */
@ApplicationScoped
public class PublicStatementFeed {

    public static final String ATOM = "application/atom+xml";
    /** How long another replica's recording may take to show here; this replica drops its pages at once. */
    private static final long TTL_NANOS = 2_000_000_000L;
    private static final int MAX_CACHED = 500;

    /** What a caller asked for. */
    public record Query(UUID agencyId, LocalDate from, LocalDate to, int page, int size, boolean atom) {
    }

    /** A rendered page: the bytes, their strong ETag and what the Link and X-Total-Count headers need. */
    public record Rendered(byte[] body, String etag, int page, int size, long total) {
        public Page<Object> shape() {
            return new Page<>(List.of(), page, size, total);
        }
    }

    private record Cached(Rendered rendered, long expires) {
    }

    private final StatementRepository statements;
    private final PressConfig config;
    private final ObjectMapper json;
    private final Map<Query, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public PublicStatementFeed(StatementRepository statements, PressConfig config, ObjectMapper json) {
        this.statements = statements;
        this.config = config;
        this.json = json;
    }

    /** The page, from the cache while it is fresh. */
    public Rendered render(Query query) {
        long now = System.nanoTime();
        Cached cached = cache.get(query);
        if (cached != null && now - cached.expires() < 0) {
            return cached.rendered();
        }
        long before = generation.get();
        Rendered rendered = renderFresh(query);
        if (generation.get() == before) { // a recording committed meanwhile may not be in it: do not keep it
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(query, new Cached(rendered, now + TTL_NANOS));
        }
        return rendered;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementsChanged change) {
        generation.incrementAndGet();
        cache.clear();
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

    private Rendered renderFresh(Query q) {
        StatementRepository.PublicState state = statements.publicState();
        Page<Statement> page = statements.page(StatementService.range(q.agencyId(), null, q.from(), q.to(), true),
                new PageRequest(q.page(), q.size()));
        String base = base();
        byte[] body = q.atom() ? atom(page.items(), state, q, base) : json(page.map(s -> PublicStatement.of(s, link(base, s))));
        String etag = etag(state + "|" + q + "|" + base);
        return new Rendered(body, etag, page.page(), page.size(), page.total());
    }

    private String base() {
        String base = config.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String link(String base, Statement s) {
        return base + "/phat-ngon/" + s.id;
    }

    private byte[] json(Page<PublicStatement> page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] atom(List<Statement> items, StatementRepository.PublicState state, Query q, String base) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "/phat-ngon");
        feed.setTitle("Thông tin phát ngôn và cung cấp thông tin cho báo chí");
        feed.setUpdated(Date.from(state.lastRecordedAt() == null ? Instant.EPOCH : state.lastRecordedAt()));
        feed.setAuthors(List.of(person("PressInfo")));
        feed.setAlternateLinks(List.of(link(base + "/phat-ngon", "text/html")));
        feed.setEntries(items.stream().map(s -> entry(s, base)).toList());
        try {
            return new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
    }

    private static Entry entry(Statement s, String base) {
        Entry e = new Entry();
        e.setId("urn:uuid:" + s.id);
        e.setTitle(xmlSafe(s.title));
        e.setUpdated(Date.from(s.recordedAt));
        e.setPublished(Date.from(s.issuedAt));
        e.setAuthors(List.of(person(s.agencyName)));
        e.setAlternateLinks(List.of(link(link(base, s), "text/html")));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(xmlSafe(s.content));
        e.setSummary(summary);
        Category category = new Category();
        category.setTerm(s.form.name());
        category.setLabel(s.form.label());
        e.setCategories(List.of(category));
        return e;
    }

    private static Person person(String name) {
        Person p = new Person();
        p.setName(xmlSafe(name));
        return p;
    }

    private static Link link(String href, String type) {
        Link l = new Link();
        l.setRel("alternate");
        l.setType(type);
        l.setHref(href);
        return l;
    }

    /** Drops the characters XML 1.0 cannot carry (control characters other than tab and line breaks). */
    private static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String etag(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
