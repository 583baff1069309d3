package vn.gov.pressinfo.pressresponse.presscase;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

/**
 * The case list, the service's busiest read (docs/adr/0012-case-list-reads.md, docs/adr/0020-list-reads.md): one
 * statement through {@link ListQuery} returns the page, projected straight into responses, and the filter's total;
 * every write still goes through the {@link PressCase} entity. Each filter has an index on (filter, detected_at DESC,
 * id DESC) (migrations V1 and V9) or, for q, the trigram index on search_text; reading on with the {@code after} cursor
 * seeks in them, so deep pages cost what the first ones do.
 */
@ApplicationScoped
public class PressCaseListQueries {

    /** The filters of the case list; null means "any". */
    public record Filter(UUID agencyId, CaseState state, Medium medium, Topic topic, Sensitivity sensitivity, Verdict verdict,
            Boolean awaitingReassignment, String q) {
    }

    private final AgroalDataSource dataSource;

    public PressCaseListQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Cases matching {@code filter}, newest first (detection time, then id), one page of them. */
    public Page<PressCaseResponse> find(Filter filter, PageRequest page) {
        ListQuery<PressCaseResponse> list = ListQuery.select(PressCaseResponse.COLUMNS, "press_case c", PressCaseResponse::of)
                .equal("c.responsible_agency_id", filter.agencyId())
                .equal("c.state", filter.state())
                .equal("c.medium", filter.medium())
                .equal("c.topic", filter.topic())
                .equal("c.sensitivity", filter.sensitivity())
                .equal("c.verdict", filter.verdict());
        if (filter.awaitingReassignment() != null) {
            // literal, not a parameter: the partial index (WHERE awaiting_reassignment) then applies
            list = list.where(filter.awaitingReassignment() ? "c.awaiting_reassignment" : "NOT c.awaiting_reassignment");
        }
        return list.contains("c.search_text", filter.q())
                .orderByDescending(SortKey.instant("c.detected_at"), SortKey.uuid("c.id"))
                .page(dataSource, page);
    }
}
