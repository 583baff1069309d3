package vn.gov.pressinfo.pressresponse.publicfeed;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import vn.gov.pressinfo.pressresponse.config.PressConfig;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.publicpage.PublicPageCache;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;
import vn.gov.pressinfo.web.publicpage.RenderedPage;

/**
 * The public feed of rebuttals (thông tin phản hồi, cải chính công khai): sent ones only, newest first, as JSON or as
 * schema.org ClaimReview JSON-LD.
 *
 * <p>Pages are kept serialized by the platform's {@link PublicPageCache} (strong ETag from the bytes, 304). What the feed
 * shows changes when a rebuttal is sent ({@code RebuttalService.send}) and when the responsible agency of a case changes
 * (a reassignment by the department, or a reorganisation consumed from registry): those transactions fire {@link #CHANGED}
 * and the feed's pages are dropped when they commit. A change made through another replica shows within
 * {@code pressinfo.public-pages.ttl}.
 */
@ApplicationScoped
public class PublicRebuttalFeed {

    /** The page family of the feed. */
    public static final String FAMILY = "public-rebuttals";
    /** Fire in a transaction that changes what the feed shows. */
    public static final PublicPagesChanged CHANGED = new PublicPagesChanged(FAMILY);
    public static final String LD_JSON = "application/ld+json";

    /**
     * What a caller asked for: a page (by number, or after the cursor {@code after} when not null), as JSON or as
     * ClaimReview JSON-LD.
     */
    public record Query(int page, int size, String after, boolean linkedData) {
    }

    private final PublishedRebuttalListQueries rebuttals;
    private final PressConfig config;
    private final PublicPageCache pages;

    public PublicRebuttalFeed(PublishedRebuttalListQueries rebuttals, PressConfig config, PublicPageCache pages) {
        this.rebuttals = rebuttals;
        this.config = config;
        this.pages = pages;
    }

    /** The page, kept while fresh; {@code links} builds its Link header when it is rendered (see {@link PublicPageCache}). */
    public RenderedPage render(Query query, Function<Page<?>, String> links) {
        return pages.get(FAMILY, query, () -> {
            Page<PublishedRebuttal> page = page(new PageRequest(query.page(), query.size(), query.after()));
            if (query.linkedData()) {
                byte[] reviews = pages.json(page.items().stream().map(ClaimReview::of).toList());
                return RenderedPage.of(reviews, LD_JSON, links.apply(page), page.total());
            }
            return RenderedPage.of(pages.json(page), MediaType.APPLICATION_JSON, links.apply(page), page.total());
        });
    }

    private Page<PublishedRebuttal> page(PageRequest page) {
        String base = config.publicBaseUrl().endsWith("/") ? config.publicBaseUrl() : config.publicBaseUrl() + "/";
        return rebuttals.page(base, page);
    }
}
