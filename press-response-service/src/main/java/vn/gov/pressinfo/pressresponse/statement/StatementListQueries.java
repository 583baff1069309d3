package vn.gov.pressinfo.pressresponse.statement;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

/**
 * The statement lists, read with {@link ListQuery} (docs/adr/0020-list-reads.md): one statement for the page and its
 * total, projected straight into {@link StatementResponse}s; for authenticated callers and, public statements only, for
 * the public feed ({@link PublicStatementFeed}).
 */
@ApplicationScoped
public class StatementListQueries {

    private final AgroalDataSource dataSource;

    public StatementListQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Statements matching {@code filter}, newest first (issue time, then id), one page of them; by the
     * statement_agency_issued index for an agency's, statement_issued (migration V11) for all, statement_public_issued
     * for the public ones.
     */
    public Page<StatementResponse> find(StatementRepository.Filter filter, PageRequest page) {
        ListQuery<StatementResponse> list = ListQuery.select(StatementResponse.COLUMNS, "statement s", StatementResponse::of)
                .equal("s.agency_id", filter.agencyId())
                .equal("s.form", filter.form())
                .atLeast("s.issued_at", filter.from())
                .before("s.issued_at", filter.to());
        if (filter.publicOnly()) {
            list = list.where("s.is_public");
        }
        return list.orderByDescending(SortKey.instant("s.issued_at"), SortKey.uuid("s.id")).page(dataSource, page);
    }
}
