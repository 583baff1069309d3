package vn.gov.pressinfo.reporting.request;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "ReportRequest", description = "A report request and how many agencies it asked.")
public record ReportRequestResponse(
        UUID id,
        @Schema(example = "1005/STTTT-TTBCXB", maxLength = 100) String reference,
        @Schema(example = "2025-11-20") LocalDate issuedOn,
        @Schema(example = "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm 2025", maxLength = 1000) String subject,
        @Schema(example = "PRESS_WORK_ANNUAL", maxLength = 60) String regimeCode,
        @Schema(example = "2025", maxLength = 20) String period,
        @Schema(example = "2024-12-15") LocalDate periodStart,
        @Schema(example = "2025-12-14") LocalDate periodEnd,
        @Schema(example = "2025-12-17") LocalDate dueDate,
        @Schema(maxItems = 100) List<IndicatorDefinition> indicators,
        @Schema(example = "39", minimum = "0", maximum = "2147483647") int assignmentCount,
        Instant createdAt,
        @Schema(maxLength = 255) String createdBy) {

    /** The columns {@link #of(Rows, ObjectMapper)} reads, from table {@code report_request r}. */
    static final String COLUMNS = "r.id, r.reference, r.issued_on, r.subject, r.regime_code, r.period_label, r.period_start, r.period_end, "
            + "r.due_date, r.indicators, r.assignment_count, r.created_at, r.created_by";

    private static final TypeReference<List<IndicatorDefinition>> INDICATORS = new TypeReference<>() {
    };

    static ReportRequestResponse of(Rows r, ObjectMapper json) throws SQLException {
        String indicators = r.string("indicators");
        try {
            return new ReportRequestResponse(r.uuid("id"), r.string("reference"), r.date("issued_on"), r.string("subject"),
                    r.string("regime_code"), r.string("period_label"), r.date("period_start"), r.date("period_end"), r.date("due_date"),
                    indicators == null ? null : json.readValue(indicators, INDICATORS), r.int4("assignment_count"), r.instant("created_at"),
                    r.string("created_by"));
        } catch (JsonProcessingException e) {
            throw new SQLException("report_request.indicators is not a list of indicators", e);
        }
    }

    public static ReportRequestResponse of(ReportRequest r) {
        return new ReportRequestResponse(r.id, r.reference, r.issuedOn, r.subject, r.regimeCode, r.periodLabel, r.periodStart, r.periodEnd,
                r.dueDate, r.indicators, r.assignmentCount, r.stamp.createdAt(), r.stamp.createdBy());
    }
}
