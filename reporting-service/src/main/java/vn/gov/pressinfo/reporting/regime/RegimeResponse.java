package vn.gov.pressinfo.reporting.regime;

import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Regime", description = "A reporting regime (chế độ báo cáo).")
public record RegimeResponse(
        UUID id,
        @Schema(example = "PRESS_WORK_ANNUAL", maxLength = 60) String code,
        @Schema(example = "Báo cáo định kỳ hằng năm về công tác phát ngôn và cung cấp thông tin cho báo chí", maxLength = 300) String name,
        @Schema(example = "Nghị định 09/2019/NĐ-CP Điều 12", maxLength = 500) String legalBasis,
        Frequency frequency,
        @Schema(example = "15", minimum = "1", maximum = "28") int cutoffStartDay,
        @Schema(example = "14", minimum = "1", maximum = "28") int cutoffEndDay,
        DueDateRule deadlineKind,
        @Schema(example = "3", minimum = "1", maximum = "60") Integer deadlineWorkingDays,
        @Schema(minimum = "1", maximum = "28") Integer deadlineFixedDay,
        @Schema(maxItems = 100) List<IndicatorDefinition> indicators,
        @Schema(maxItems = 20) List<@Size(max = 300) String> recipients,
        boolean active,
        RequestSchedule schedule,
        @Schema(description = "Read-only: the agency types the scheduled requests ask, as dated rules with their legal source (seeded by "
                + "migrations as the law changes). A period's request asks the types in force on the last day of its cut-off; when the list "
                + "is empty the schedule's targetTypes apply.", maxItems = 20)
        List<DatedTargetType> targetTypesByDate,
        @Schema(example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        Instant updatedAt,
        @Schema(maxLength = 255) String updatedBy) {

    public static RegimeResponse of(Regime r) {
        return new RegimeResponse(r.id, r.code, r.name, r.legalBasis, r.frequency, r.cutoffStartDay, r.cutoffEndDay, r.deadlineKind,
                r.deadlineWorkingDays, r.deadlineFixedDay, r.indicators, r.recipients, r.active, r.schedule,
                r.targetTypeRules.stream().map(t -> new DatedTargetType(t.typeCode, t.validFrom, t.validTo, t.legalSource)).toList(), r.version,
                r.stamp.updatedAt(), r.stamp.updatedBy());
    }

    /** One dated rule of whom the scheduled requests ask. */
    @Schema(name = "DatedTargetType", description = "Agencies of typeCode are asked by the scheduled requests of periods whose cut-off ends "
            + "between validFrom and validTo (null: open-ended), under legalSource.")
    public record DatedTargetType(
            @Schema(example = "COMMUNE", maxLength = 40) String typeCode,
            @Schema(description = "First day in force; null: since always.", example = "2025-07-01") LocalDate validFrom,
            @Schema(description = "Last day in force; null: still in force.", example = "2025-06-30") LocalDate validTo,
            @Schema(example = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15, hiệu lực 01/7/2025", maxLength = 300) String legalSource) {
    }
}
