package vn.gov.pressinfo.registry.press;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

/** The public list of resident reporters (view {@code public_resident_reporter}). */
@ApplicationScoped
public class PublicResidentReporterRepository implements PanacheRepositoryBase<PublicResidentReporter, UUID> {

    /**
     * The reporters of press agencies that operate whose accreditation covers {@code day}, by press agency and name.
     *
     * @param pressAgencyId only this press agency; null for all
     * @param query         accent-insensitive part of the press agency's name, the reporter's name, the area or the press
     *                      card number; null for any
     */
    public Page<PublicResidentReporter> accreditedOn(LocalDate day, UUID pressAgencyId, String query, PageRequest page) {
        QueryFilter where = new QueryFilter().equal("pressAgencyId", pressAgencyId).contains("search", query);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("day", day);
        var found = find(where.where() + " and validFrom <= :day and (validTo is null or validTo >= :day)",
                Sort.by("pressAgencySort").and("pressAgencyId").and("fullNameSort").and("id"), params);
        List<PublicResidentReporter> items = found.page(page.page(), page.size()).list();
        return Page.of(items, page, found.count());
    }
}
