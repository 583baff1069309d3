package vn.gov.pressinfo.reporting.regime;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Regime", description = "A reporting regime (chế độ báo cáo).")
public record RegimeResponse(
        UUID id,
        @Schema(example = "PRESS_WORK_ANNUAL") String code,
        @Schema(example = "Báo cáo định kỳ hằng năm về công tác phát ngôn và cung cấp thông tin cho báo chí") String name,
        @Schema(example = "Nghị định 09/2019/NĐ-CP Điều 12") String legalBasis,
        Frequency frequency,
        @Schema(example = "15") int cutoffStartDay,
        @Schema(example = "14") int cutoffEndDay,
        DeadlineKind deadlineKind,
        @Schema(example = "3") Integer deadlineWorkingDays,
        Integer deadlineFixedDay,
        List<IndicatorDefinition> indicators,
        List<String> recipients,
        boolean active,
        RequestSchedule schedule,
        @Schema(example = "0") long version,
        Instant updatedAt,
        String updatedBy) {

    public static RegimeResponse of(Regime r) {
        return new RegimeResponse(r.id, r.code, r.name, r.legalBasis, r.frequency, r.cutoffStartDay, r.cutoffEndDay, r.deadlineKind,
                r.deadlineWorkingDays, r.deadlineFixedDay, r.indicators, r.recipients, r.active, r.schedule, r.version, r.updatedAt, r.updatedBy);
    }
}
