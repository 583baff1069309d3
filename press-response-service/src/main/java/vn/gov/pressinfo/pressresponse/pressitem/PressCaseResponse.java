package vn.gov.pressinfo.pressresponse.pressitem;

import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as clients see it. */
@Schema(name = "PressCase", description = "A case: the press item, its state, the next allowed states, the verdict and deadlines.")
public record PressCaseResponse(
        UUID id,
        @Schema(example = "Báo Điện tử ABC", maxLength = 300) String outletName,
        UUID pressAgencyId,
        @Schema(example = "ONLINE") Medium medium,
        @Schema(example = "https://baoabc.vn/tin-gia-ve-dich-benh-123.html?utm_source=facebook", maxLength = 2000) String url,
        @Schema(example = "https://baoabc.vn/tin-gia-ve-dich-benh-123.html", maxLength = 4000) String normalizedUrl,
        @Schema(example = "Phát hiện ổ dịch lạ tại Rạch Giá", maxLength = 500) String title,
        Instant publishedAt,
        @Schema(maxLength = 5000) String excerpt,
        UUID concernedAgencyId,
        UUID responsibleAgencyId,
        @Schema(example = "Sở Y tế", maxLength = 300) String responsibleAgencyName,
        @Schema(description = "A reorganisation left the responsible agency without a successor taking its work: the case went back "
                + "to the press management department (responsibleAgency) and waits until press-admin gives it to another agency "
                + "(chờ Sở giao lại), which it may do in any open state.", example = "false") boolean awaitingReassignment,
        @Schema(example = "HEALTH") Topic topic,
        @Schema(example = "HOT") Sensitivity sensitivity,
        @Schema(example = "MONITORING") DetectionSource source,
        @Schema(example = "FLAGGED") CaseState state,
        @Schema(description = "States the case may move to next.", maxItems = 20) Set<CaseState> allowedNextStates,
        @Schema(example = "2026-11-27") LocalDate verificationDueDate,
        @Schema(example = "FALSE") Verdict verdict,
        @Schema(example = "Tin giả / sai sự thật", maxLength = 200) String verdictLabel,
        @Schema(maxLength = 5000) String verdictReasoning,
        @Schema(maxItems = 20) List<@Size(max = 2000) String> evidenceLinks,
        Instant verdictAt,
        @Schema(maxLength = 255) String verdictBy,
        LocalDate remedyDueDate,
        @Schema(maxLength = 5000) String remedyReport,
        LocalDate responseDueDate,
        Instant correctionDueAt,
        Instant overdueNotifiedAt,
        EscalationKind escalation,
        @Schema(maxLength = 2000) String escalationNote,
        Outcome outcome,
        Instant closedAt,
        Instant detectedAt,
        @Schema(maxLength = 255) String detectedBy,
        Instant updatedAt,
        @Schema(maxLength = 255) String updatedBy,
        @Schema(example = "3", minimum = "0", maximum = "9223372036854775807") long version) {

    public static PressCaseResponse of(PressCase c) {
        return new PressCaseResponse(c.id, c.outletName, c.outletId, c.medium, c.url, c.normalizedUrl, c.title, c.publishedAt,
                c.excerpt, c.concernedAgencyId, c.responsibleAgencyId, c.responsibleAgencyName, c.awaitingReassignment, c.topic, c.sensitivity, c.source,
                c.state, c.state.next(), c.verificationDueDate, c.verdict, c.verdict == null ? null : c.verdict.label(),
                c.verdictReasoning, c.evidenceLinks == null ? List.of() : List.of(c.evidenceLinks), c.verdictAt, c.verdictBy,
                c.remedyDueDate, c.remedyReport, c.responseDueDate, c.correctionDueAt, c.overdueNotifiedAt, c.escalation,
                c.escalationNote, c.outcome, c.closedAt, c.detectedAt, c.detectedBy, c.updatedAt, c.updatedBy, c.version);
    }
}
