package vn.gov.pressinfo.pressresponse.statement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

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
import vn.gov.pressinfo.web.publicpage.PublicPageCache;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;
import vn.gov.pressinfo.web.publicpage.RenderedPage;

/**
 * The public feed of statements (thông tin phát ngôn công khai): public statements only, newest first, rendered as JSON or
 * as an Atom 1.0 feed (RFC 4287) for the agencies' portals and the provincial portal to syndicate.
 *
 * <p>Atom is written with Rome ({@code com.rometools:rome}), the maintained Java feed library: it knows which elements
 * RFC 4287 requires and escapes text properly, which a hand-written template would have to get right by itself.
 *
 * <p>Pages are kept serialized by the platform's {@link PublicPageCache} (strong ETag from the bytes, 304): a statement
 * recorded here fires {@link #CHANGED} and the feed's pages are dropped when it commits; one recorded through another
 * replica shows within {@code pressinfo.public-pages.ttl}.
 */
@ApplicationScoped
public class PublicStatementFeed {

    public static final String ATOM = "application/atom+xml";
    /** The page family of the feed. */
    public static final String FAMILY = "public-statements";
    /** Fire in a transaction that records a statement. */
    public static final PublicPagesChanged CHANGED = new PublicPagesChanged(FAMILY);
    private static final String ATOM_UTF8 = ATOM + "; charset=UTF-8";

    /** What a caller asked for: a page by number, or after the cursor {@code after} when not null. */
    public record Query(UUID agencyId, LocalDate from, LocalDate to, int page, int size, String after, boolean atom) {
    }

    private final StatementRepository statements;
    private final StatementListQueries list;
    private final PressConfig config;
    private final PublicPageCache pages;

    public PublicStatementFeed(StatementRepository statements, StatementListQueries list, PressConfig config, PublicPageCache pages) {
        this.statements = statements;
        this.list = list;
        this.config = config;
        this.pages = pages;
    }

    /** The page, kept while fresh; {@code links} builds its Link header when it is rendered (see {@link PublicPageCache}). */
    public RenderedPage render(Query query, Function<Page<?>, String> links) {
        return pages.get(FAMILY, query, () -> renderFresh(query, links));
    }

    private RenderedPage renderFresh(Query q, Function<Page<?>, String> links) {
        Page<StatementResponse> page = list.find(StatementService.range(q.agencyId(), null, q.from(), q.to(), true),
                new PageRequest(q.page(), q.size(), q.after()));
        String base = base();
        if (q.atom()) {
            byte[] body = atom(page.items(), statements.publicState(), base);
            return RenderedPage.of(body, ATOM_UTF8, links.apply(page), page.total());
        }
        byte[] body = pages.json(page.map(s -> PublicStatement.of(s, link(base, s))));
        return RenderedPage.of(body, MediaType.APPLICATION_JSON, links.apply(page), page.total());
    }

    private String base() {
        String base = config.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String link(String base, StatementResponse s) {
        return base + "/phat-ngon/" + s.id();
    }

    private static byte[] atom(List<StatementResponse> items, StatementRepository.PublicState state, String base) {
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

    private static Entry entry(StatementResponse s, String base) {
        Entry e = new Entry();
        e.setId("urn:uuid:" + s.id());
        e.setTitle(xmlSafe(s.title()));
        e.setUpdated(Date.from(s.recordedAt()));
        e.setPublished(Date.from(s.issuedAt()));
        e.setAuthors(List.of(person(s.agencyName())));
        e.setAlternateLinks(List.of(link(link(base, s), "text/html")));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(xmlSafe(s.content()));
        e.setSummary(summary);
        Category category = new Category();
        category.setTerm(s.form().name());
        category.setLabel(s.form().label());
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
}
