package vn.gov.pressinfo.reporting.consolidation;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.reporting.regime.IndicatorType;
import vn.gov.pressinfo.reporting.status.StatusCounts;

/**
 * The province-wide roll-up of a request (tổng hợp): totals per indicator (declared by the agencies, beside what the
 * suite recorded), the suite's figures on providing information, late, missing and withdrawn agencies, narrative extracts.
 */
@Schema(name = "Consolidation", description = "Totals and averages per indicator over the submitted reports, beside the figures the suite "
        + "recorded from press events for the targeted agencies and the request's period; the suite's figures on providing information to "
        + "the press; late and missing agencies; narrative extracts by section.")
public record Consolidation(
        UUID requestId,
        @Schema(example = "1005/STTTT-TTBCXB", maxLength = 100) String reference,
        @Schema(example = "Báo cáo công tác phát ngôn năm 2025", maxLength = 1000) String subject,
        @Schema(example = "2025-12-17") LocalDate dueDate,
        @Schema(example = "2025-12-20") LocalDate asOf,
        StatusCounts counts,
        @Schema(maxItems = 100) List<IndicatorTotal> indicators,
        @Schema(description = "Agencies whose first submission was late.", maxItems = 20000) List<@Size(max = 300) String> lateAgencies,
        @Schema(description = "Agencies that have not submitted, departments first (withdrawn assignments excluded).", maxItems = 20000) List<@Size(max = 300) String> missingAgencies,
        @Schema(description = "Agencies whose assignment was withdrawn because a reorganisation ended them and no successor takes the report "
                + "(cơ quan đã giải thể/sáp nhập); not counted as not submitted.", maxItems = 20000) List<@Size(max = 300) String> withdrawnAgencies,
        @Schema(description = "Providing information to the press (cung cấp thông tin cho báo chí) as the suite recorded it for the targeted "
                + "agencies in the request's period: inquiries answered on time and late, refused; incidents led, with the lead's initial "
                + "statement by the deadline and overdue; periodic duties missed. Empty when the request has no period.", maxItems = 100)
        List<RecordedFigure> providingInformation,
        Narratives narrative) {

    /** One indicator over the submitted reports. */
    @Schema(name = "IndicatorTotal", description = "One indicator over the submitted reports.")
    public record IndicatorTotal(
            @Schema(example = "pressConferences", maxLength = 60) String key,
            @Schema(example = "Số cuộc họp báo đã tổ chức", maxLength = 300) String label,
            IndicatorType type,
            @Schema(description = "Reports that gave a value.", example = "20", minimum = "0", maximum = "2147483647") int reported,
            @Schema(description = "INTEGER: sum; BOOLEAN: how many true; otherwise null.", example = "57", minimum = "0", maximum = "9223372036854775807") Long total,
            @Schema(description = "INTEGER and PERCENTAGE: mean over the reports that gave a value.", example = "2.85") Double average,
            @Schema(description = "MULTI_CHOICE: how many reports used each form.", additionalProperties = ChoiceCount.class)
            Map<String, Integer> choices,
            @Schema(description = "For the indicators the suite records from press events (press conferences, press releases, interviews, "
                    + "documents provided on request, press inquiries, false-information responses): the sum of the recorded facts over all "
                    + "targeted agencies for the request's period, to compare with the declared total; otherwise null.", example = "15", minimum = "0", maximum = "9223372036854775807")
            Long recorded) {
    }

    /** OpenAPI shape of one count in {@link IndicatorTotal#choices()}: reports that used a form. */
    @Schema(name = "ChoiceCount", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = "2147483647", description = "Reports that used the form.", example = "12")
    public interface ChoiceCount {
    }

    /** One figure the suite recorded, with its Vietnamese label. */
    @Schema(name = "RecordedFigure", description = "One figure the suite recorded from press events, with its Vietnamese label.")
    public record RecordedFigure(
            @Schema(example = "incidentsInitialStatementOverdue", maxLength = 60) String key,
            @Schema(example = "Số vụ việc đột xuất, bất thường chậm phát ngôn ban đầu (quá hạn)", maxLength = 300) String label,
            @Schema(example = "1", minimum = "0", maximum = "9223372036854775807") long value) {
    }

    /** Narrative extracts grouped by section. */
    @Schema(name = "Narratives", description = "Narrative extracts grouped by section.")
    public record Narratives(@Schema(maxItems = 20000) List<Extract> results, @Schema(maxItems = 20000) List<Extract> shortcomings, @Schema(maxItems = 20000) List<Extract> causes, @Schema(maxItems = 20000) List<Extract> proposals) {
    }

    /** What one agency wrote in one section. */
    @Schema(name = "NarrativeExtract", description = "What one agency wrote in one section.")
    public record Extract(@Schema(example = "Sở Y tế", maxLength = 300) String agencyName, @Schema(example = "Tổ chức 04 cuộc họp báo.", maxLength = 20000) String text) {
    }
}
