package vn.gov.pressinfo.pressresponse.publicfeed;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

/**
 * The sent rebuttals of the public feed, read with {@link ListQuery} (docs/adr/0020-list-reads.md): one statement for the
 * page and its total, projected straight into {@link PublishedRebuttal}s.
 */
@ApplicationScoped
public class PublishedRebuttalListQueries {

    private final AgroalDataSource dataSource;

    public PublishedRebuttalListQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Sent rebuttals, newest first (sending time, then id), one page of them, by the rebuttal_sent index (migration V1).
     * The status is a literal, not a parameter, so that the plan of the prepared statement can use that partial index.
     *
     * @param base the public base URL, ending with a slash
     */
    public Page<PublishedRebuttal> page(String base, PageRequest page) {
        return ListQuery.select(PublishedRebuttal.COLUMNS, "rebuttal r JOIN press_case c ON c.id = r.case_id",
                        row -> PublishedRebuttal.of(row, base))
                .where("r.status = 'SENT'")
                .orderByDescending(SortKey.instant("r.sent_at"), SortKey.uuid("r.id"))
                .page(dataSource, page);
    }
}
