package vn.gov.pressinfo.registry.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.CsvExport;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.publicpage.PublicPageCache;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;
import vn.gov.pressinfo.web.publicpage.RenderedPage;

/**
 * How the public lists of the registry are rendered (the spokesperson directory, the representative offices and the
 * resident reporters): one page as JSON or as CSV ({@link CsvExport}), kept serialized by the platform's
 * {@link PublicPageCache} (strong ETag from the bytes, 304, {@code Cache-Control: public, max-age=60}, {@code Vary: Accept}).
 *
 * <p>The three lists are one page family: a transaction that changes what any of them shows fires {@link #CHANGED}, and
 * their pages are dropped when it commits. Pages are keyed by the normalised query, the representation and today's date
 * (what is in force changes at midnight in Vietnam).
 */
@ApplicationScoped
public class PublicPages {

    /** The page family of the registry's public lists. */
    public static final String FAMILY = "registry-public-lists";
    /** Fire in a transaction that changes what a public list shows (spokespersons, authorizations, agencies, press agencies). */
    public static final PublicPagesChanged CHANGED = new PublicPagesChanged(FAMILY);
    /** The media type name in {@code @Produces} and OpenAPI; responses carry {@link CsvExport#MEDIA_TYPE} with the charset. */
    public static final String TEXT_CSV = "text/csv";
    /** The {@code format} query parameter: overrides {@code Accept}, so a plain link can download the CSV. */
    public static final String FORMAT_PATTERN = "json|csv";

    /** The representation asked for: JSON or CSV, and whether the caller said so with {@code format} (links keep it). */
    public record Representation(boolean csv, String format) {
    }

    private record Key(Object query, Representation representation, LocalDate today) {
    }

    private final BusinessTime time;
    private final PublicPageCache pages;

    public PublicPages(BusinessTime time, PublicPageCache pages) {
        this.time = time;
        this.pages = pages;
    }

    /**
     * The page for {@code query} (a record naming the list, its filters and the page, already normalised so that spellings
     * of one query share an entry), kept while fresh.
     *
     * @param load  the page of the list on a day (today in Vietnam)
     * @param csv   the CSV file of the page's rows
     * @param links builds the Link header of a page (only when the page is rendered; see {@link PublicPageCache})
     */
    public <T> RenderedPage render(Object query, Representation representation, Function<LocalDate, Page<T>> load,
            Function<List<T>, byte[]> csv, Function<Page<?>, String> links) {
        Key key = new Key(query, representation, time.today());
        return pages.get(FAMILY, key, () -> {
            Page<T> page = load.apply(key.today());
            return representation.csv()
                    ? RenderedPage.of(csv.apply(page.items()), CsvExport.MEDIA_TYPE, links.apply(page), page.total())
                    : RenderedPage.of(pages.json(page), MediaType.APPLICATION_JSON, links.apply(page), page.total());
        });
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
}
