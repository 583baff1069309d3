package vn.gov.pressinfo.reporting.request;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class ReportRequestRepository implements PanacheRepositoryBase<ReportRequest, UUID> {

    /** Filters of the request list; null means any. */
    public record Filter(String query, String regimeCode, String periodLabel, UUID agencyId) {
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public ReportRequestRepository(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * One page of requests, newest first (ListQuery: projection, total in the same statement, keyset cursor). Ties of
     * issue date and creation time go by id descending: a cursor needs one direction for all keys.
     */
    public Page<ReportRequestResponse> search(Filter filter, PageRequest page) {
        ListQuery<ReportRequestResponse> list = ListQuery.select(ReportRequestResponse.COLUMNS, "report_request r",
                        row -> ReportRequestResponse.of(row, json))
                .contains("r.subject_search", filter.query())
                .equal("r.regime_code", filter.regimeCode())
                .equal("r.period_label", filter.periodLabel());
        if (filter.agencyId() != null) {
            list = list.where("EXISTS (SELECT 1 FROM assignment a WHERE a.request_id = r.id AND a.agency_id = ?)", filter.agencyId());
        }
        return list.orderByDescending(SortKey.date("r.issued_on"), SortKey.instant("r.created_at"), SortKey.uuid("r.id"))
                .page(dataSource, page);
    }
}
