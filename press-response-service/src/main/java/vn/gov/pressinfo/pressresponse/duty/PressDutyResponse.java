package vn.gov.pressinfo.pressresponse.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.pressresponse.statement.InformationForm;

/** A periodic duty with its recent periods per concerned agency. */
@Schema(name = "PressDuty", description = "A periodic duty to inform the press, with the recent closed periods (a year's worth) and the "
        + "open one of each agency that owes it, evaluated from the statements recorded.")
public record PressDutyResponse(
        UUID id,
        @Schema(description = "The one agency that owes it, or null when agencyType names them.") UUID agencyId,
        @Schema(example = "PROVINCE", maxLength = 50) String agencyType,
        @Schema(example = "Ủy ban nhân dân tỉnh tổ chức họp báo định kỳ hằng quý", maxLength = 500) String name,
        @Schema(example = "QUARTERLY") DutyFrequency frequency,
        @Schema(maxItems = 6) List<InformationForm> forms,
        @Schema(example = "1", minimum = "1", maximum = "100") int minCount,
        @Schema(example = "2017-01-31") LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @Schema(maxLength = 1000) String legalBasis,
        @Schema(maxLength = 255) String createdBy,
        Instant createdAt,
        @Schema(description = "Each agency that owes it, with its periods.", maxItems = 20000) List<AgencyRecord> agencies) {

    /** One agency's record against the duty. */
    @Schema(name = "PressDutyAgencyRecord", description = "One agency's periods against a duty, oldest first; the last is the open one.")
    public record AgencyRecord(UUID agencyId, @Schema(example = "Ủy ban nhân dân tỉnh Kiên Giang", maxLength = 300) String agencyName, @Schema(maxItems = 10000) List<Period> periods) {
    }

    /** One period and whether the duty was met in it. */
    @Schema(name = "PressDutyPeriod", description = "One month or quarter and the statements that count for it.")
    public record Period(
            @Schema(example = "2026-Q3", maxLength = 50) String label,
            @Schema(example = "2026-07-01") LocalDate start,
            @Schema(example = "2026-09-30") LocalDate end,
            @Schema(description = "Matching statements recorded in the period so far.", example = "1", minimum = "0", maximum = "9223372036854775807") long statements,
            @Schema(example = "MET") DutyStatus status) {
    }

    static PressDutyResponse of(PressDuty d, List<AgencyRecord> agencies) {
        return new PressDutyResponse(d.id, d.agencyId, d.agencyType, d.name, d.frequency, d.informationForms(), d.minCount, d.effectiveFrom,
                d.effectiveTo, d.legalBasis, d.stamp.createdBy(), d.stamp.createdAt(), agencies);
    }
}
