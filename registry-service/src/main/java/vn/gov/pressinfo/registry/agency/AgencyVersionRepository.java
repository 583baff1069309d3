package vn.gov.pressinfo.registry.agency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class AgencyVersionRepository implements PanacheRepositoryBase<AgencyVersion, Long> {

    private final AgroalDataSource dataSource;

    public AgencyVersionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<AgencyVersion> history(UUID agencyId) {
        return list("agencyId", Sort.by("agencyVersion"), agencyId);
    }

    /** Ends the current version of an agency on {@code validTo}. */
    public void closeCurrent(UUID agencyId, LocalDate validTo) {
        update("validTo = ?1 where agencyId = ?2 and validTo is null", validTo, agencyId);
    }

    /** Ends the current versions of several agencies on {@code validTo}, in one statement. */
    public void closeCurrent(Collection<UUID> agencyIds, LocalDate validTo) {
        if (!agencyIds.isEmpty()) {
            update("validTo = ?1 where agencyId in ?2 and validTo is null", validTo, agencyIds);
        }
    }

    /**
     * The agencies as the versions valid on {@code date} show them (from validFrom inclusive to validTo exclusive), one
     * per agency that existed then, filtered like the current list but on the version's own type, parent, status and
     * name; by code. One statement: the agency's creation comes from a join (ListQuery: projection, total in the same
     * statement, keyset cursor).
     */
    public Page<AgencyResponse> searchOn(AgencyRepository.Filter filter, LocalDate date, PageRequest page) {
        return ListQuery.select(AgencyResponse.AS_OF_COLUMNS, "agency_version v JOIN agency a ON a.id = v.agency_id", AgencyResponse::of)
                .where("v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?)", date, date)
                .equal("v.type_code", filter.type())
                .equal("v.parent_id", filter.parentId())
                .equal("v.status", filter.status())
                .contains("v.name_search", filter.query())
                .orderBy(SortKey.text("v.code"), SortKey.uuid("v.agency_id"))
                .page(dataSource, page);
    }
}
