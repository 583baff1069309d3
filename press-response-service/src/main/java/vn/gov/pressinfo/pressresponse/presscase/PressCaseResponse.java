package vn.gov.pressinfo.pressresponse.presscase;

import jakarta.validation.constraints.Size;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

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

    /** The columns {@link #of(Rows)} reads, from table {@code press_case c}. */
    static final String COLUMNS = "c.id, c.outlet_name, c.outlet_id, c.medium, c.url, c.normalized_url, c.title, "
            + "c.published_at, c.excerpt, c.concerned_agency_id, c.responsible_agency_id, c.responsible_agency_name, c.awaiting_reassignment, c.topic, "
            + "c.sensitivity, c.source, c.state, c.verification_due_date, c.verdict, c.verdict_reasoning, c.evidence_links, "
            + "c.verdict_at, c.verdict_by, c.remedy_due_date, c.remedy_report, c.response_due_date, c.correction_due_at, "
            + "c.overdue_notified_at, c.escalation, c.escalation_note, c.outcome, c.closed_at, c.detected_at, c.detected_by, "
            + "c.updated_at, c.updated_by, c.version";

    static PressCaseResponse of(Rows r) throws SQLException {
        CaseState state = r.enumOf(CaseState.class, "state");
        Verdict verdict = r.enumOf(Verdict.class, "verdict");
        return new PressCaseResponse(r.uuid("id"), r.string("outlet_name"), r.uuid("outlet_id"), r.enumOf(Medium.class, "medium"),
                r.string("url"), r.string("normalized_url"), r.string("title"), r.instant("published_at"), r.string("excerpt"),
                r.uuid("concerned_agency_id"), r.uuid("responsible_agency_id"), r.string("responsible_agency_name"),
                r.bool("awaiting_reassignment"), r.enumOf(Topic.class, "topic"), r.enumOf(Sensitivity.class, "sensitivity"),
                r.enumOf(DetectionSource.class, "source"), state, state.next(), r.date("verification_due_date"), verdict,
                verdict == null ? null : verdict.label(), r.string("verdict_reasoning"), r.strings("evidence_links"),
                r.instant("verdict_at"), r.string("verdict_by"), r.date("remedy_due_date"), r.string("remedy_report"),
                r.date("response_due_date"), r.instant("correction_due_at"), r.instant("overdue_notified_at"),
                r.enumOf(EscalationKind.class, "escalation"), r.string("escalation_note"), r.enumOf(Outcome.class, "outcome"),
                r.instant("closed_at"), r.instant("detected_at"), r.string("detected_by"), r.instant("updated_at"),
                r.string("updated_by"), r.int8("version"));
    }

    public static PressCaseResponse of(PressCase c) {
        return new PressCaseResponse(c.id, c.outletName, c.outletId, c.medium, c.url, c.normalizedUrl, c.title, c.publishedAt,
                c.excerpt, c.concernedAgencyId, c.responsibleAgencyId, c.responsibleAgencyName, c.awaitingReassignment, c.topic, c.sensitivity, c.source,
                c.state, c.state.next(), c.verificationDueDate, c.verdict, c.verdict == null ? null : c.verdict.label(),
                c.verdictReasoning, c.evidenceLinks == null ? List.of() : List.of(c.evidenceLinks), c.verdictAt, c.verdictBy,
                c.remedyDueDate, c.remedyReport, c.responseDueDate, c.correctionDueAt, c.overdueNotifiedAt, c.escalation,
                c.escalationNote, c.outcome, c.closedAt, c.detectedAt, c.detectedBy, c.updatedAt, c.updatedBy, c.version);
    }
}
