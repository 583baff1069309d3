package vn.gov.pressinfo.registry.press;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

/**
 * The public list of resident reporters, read from the view {@code public_resident_reporter} with {@link ListQuery}
 * (docs/adr/0020-list-reads.md): one statement for the page and its total, rows projected into
 * {@link PublicResidentReporterResponse}s. Accredited on a day d when valid_from ≤ d ≤ valid_to (null: open-ended).
 */
@ApplicationScoped
public class PublicResidentReporterRepository {

    private final AgroalDataSource dataSource;

    public PublicResidentReporterRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The reporters of press agencies that operate whose accreditation covers {@code day}, by press agency (folded name,
     * then id), folded name and id.
     *
     * @param pressAgencyId only this press agency; null for all
     * @param query         accent-insensitive part of the press agency's name, the reporter's name, the area or the press
     *                      card number; null for any
     */
    public Page<PublicResidentReporterResponse> accreditedOn(LocalDate day, UUID pressAgencyId, String query, PageRequest page) {
        return ListQuery.select(PublicResidentReporterResponse.COLUMNS, "public_resident_reporter r", PublicResidentReporterResponse::of)
                .equal("r.press_agency_id", pressAgencyId)
                .contains("r.search", query)
                .where("r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to >= ?)", day, day)
                .orderBy(SortKey.text("r.press_agency_sort"), SortKey.uuid("r.press_agency_id"), SortKey.text("r.full_name_sort"),
                        SortKey.uuid("r.id"))
                .page(dataSource, page);
    }
}
