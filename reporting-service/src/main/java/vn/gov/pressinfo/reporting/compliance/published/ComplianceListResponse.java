package vn.gov.pressinfo.reporting.compliance.published;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.reporting.compliance.ComplianceLists;
import vn.gov.pressinfo.reporting.document.VietnameseText;
import vn.gov.pressinfo.web.list.Rows;

/** A published list as the public reads it. */
@Schema(name = "ComplianceList", description = "A published compliance list: the period, the kind, the decision, the issuer and the agencies.")
public record ComplianceListResponse(
        UUID id,
        @Schema(example = "2025", maxLength = 20) String period,
        @Schema(example = "năm 2025", maxLength = 100) String periodText,
        ComplianceListKind kind,
        @Schema(example = "Danh sách cơ quan, đơn vị chưa thực hiện tốt", maxLength = 200) String kindLabel,
        PublishComplianceList.Decision decision,
        @Schema(description = "The press management department on the decision date.", example = "Sở Văn hóa, Thể thao và Du lịch", maxLength = 300) String issuer,
        @Schema(example = "Ủy ban nhân dân tỉnh Kiên Giang", maxLength = 300) String provinceCommittee,
        @Schema(description = "The rule that derived the list from the scores; null when press-admin named the agencies.", maxLength = 500) String rule,
        @Schema(example = "2", minimum = "0", maximum = "2147483647") int agencyCount,
        @Schema(description = "The agencies; omitted in the list of lists.", maxItems = 20000) List<ComplianceLists.Entry> agencies,
        Instant publishedAt) {

    /** The columns {@link #of(Rows)} reads, from table {@code compliance_list l}: all but the agencies. */
    static final String COLUMNS = "l.id, l.period_label, l.kind, l.decision_number, l.decision_date, l.decision_signer, l.issuer_name, "
            + "l.province_committee, l.rule, l.agency_count, l.published_at";

    /** A list of the list of lists: without its agencies. */
    static ComplianceListResponse of(Rows r) throws SQLException {
        String period = r.string("period_label");
        ComplianceListKind kind = r.enumOf(ComplianceListKind.class, "kind");
        return new ComplianceListResponse(r.uuid("id"), period, VietnameseText.period(period), kind, kind.label(),
                new PublishComplianceList.Decision(r.string("decision_number"), r.date("decision_date"), r.string("decision_signer")),
                r.string("issuer_name"), r.string("province_committee"), r.string("rule"), r.int4("agency_count"), null,
                r.instant("published_at"));
    }

    static ComplianceListResponse of(ComplianceList l, boolean withAgencies) {
        return new ComplianceListResponse(l.id, l.periodLabel, VietnameseText.period(l.periodLabel), l.kind, l.kind.label(),
                new PublishComplianceList.Decision(l.decisionNumber, l.decisionDate, l.decisionSigner), l.issuerName, l.provinceCommittee,
                l.rule, l.agencyCount, withAgencies ? l.agencies : null, l.publishedAt);
    }
}
