package vn.gov.pressinfo.reporting.consolidation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.gov.pressinfo.reporting.assignment.ReportContent;
import vn.gov.pressinfo.reporting.compliance.ComplianceLists;
import vn.gov.pressinfo.reporting.document.Letterheads;
import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.reporting.status.RequestStatus;

/**
 * Everything the department's consolidated report (báo cáo tổng hợp) prints, read once: the consolidation, the status table
 * of the appendix (the same as the status endpoint's), every submitted report by assignment, the compliance lists of the
 * period and the letterhead of the report's date.
 *
 * @param issuedOn          the request's date (Công văn số … ngày …)
 * @param requestIssuer     who issued the request: the department on that date
 * @param period            the compliance period of the request (its own period, else the annual period of its due date)
 * @param indicators        the request's template, in order
 * @param submitted         the last submitted content by assignment id
 */
public record ConsolidationReport(
        Consolidation consolidation,
        RequestStatus status,
        LocalDate issuedOn,
        String requestIssuer,
        String period,
        List<IndicatorDefinition> indicators,
        Map<UUID, ReportContent> submitted,
        ComplianceLists.Lists lists,
        Letterheads.Letterhead letterhead) {
}
