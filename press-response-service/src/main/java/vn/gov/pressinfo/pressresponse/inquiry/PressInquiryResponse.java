package vn.gov.pressinfo.pressresponse.inquiry;

import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.pressresponse.presscard.PressCardStatus;
import vn.gov.pressinfo.pressresponse.statement.InformationForm;

/** A press inquiry as clients see it, with its derived lateness and the states it may move to. */
@Schema(name = "PressInquiry", description = "A journalist's request for information to an agency, with its legal clock.")
public record PressInquiryResponse(
        UUID id,
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(example = "Sở Y tế", maxLength = 300) String agencyName,
        @Schema(description = "A reorganisation left the agency without a successor taking its work: the inquiry went back to the "
                + "press management department (agency) and waits until press-admin gives it to another agency (chờ Sở giao lại); "
                + "its clock runs on.", example = "false") boolean awaitingReassignment,
        UUID pressAgencyId,
        @Schema(example = "Báo Kiên Giang", maxLength = 300) String outletName,
        @Schema(example = "Lê Minh Tâm", maxLength = 200) String journalistName,
        Credential credential,
        @Schema(example = "EMAIL") InquiryChannel channel,
        @Schema(example = "Tiến độ xây dựng Bệnh viện Đa khoa tỉnh", maxLength = 500) String subject,
        @Schema(maxItems = 20) List<@Size(max = 4000) String> questions,
        @Schema(example = "2026-11-23T02:15:00Z") Instant receivedAt,
        @Schema(example = "ASSIGNED") InquiryState state,
        @Schema(description = "The states it may move to next.", maxItems = 20) Set<InquiryState> allowedNextStates,
        @Schema(description = "Who was assigned to answer (email as in the registry).", example = "nguyenvanan@soyte.kiengiang.gov.vn", maxLength = 254)
        String assigneeEmail,
        @Schema(example = "Nguyễn Văn An", maxLength = 200) String assigneeName,
        Clock clock,
        @Schema(description = "Present once answered or refused.") Response response,
        @Schema(description = "The inquiry of the agency it was transferred to.") UUID transferredToInquiryId,
        UUID transferredToAgencyId,
        @Schema(description = "The inquiry of the agency it was transferred from; its clock started anew here.") UUID transferredFromInquiryId,
        Instant closedAt,
        Instant registeredAt,
        @Schema(maxLength = 255) String registeredBy,
        Instant updatedAt,
        @Schema(maxLength = 255) String updatedBy,
        @Schema(example = "3", minimum = "0", maximum = "9223372036854775807") long version) {

    /** The journalist's credential as checked at intake. */
    @Schema(name = "PressInquiryCredential", description = "The press card or letter of introduction, as checked at intake.")
    public record Credential(
            @Schema(example = "HN-12345", maxLength = 50) String pressCardNumber,
            @Schema(description = "VALID, EXPIRED, SUSPENDED, REVOKED, UNKNOWN (not in the registry) or NOT_PRESENTED (letter of "
                    + "introduction).", example = "VALID") PressCardStatus pressCardStatus,
            @Schema(maxLength = 300) String introductionLetter,
            @Schema(description = "Needs a second look: the card is unknown, suspended or revoked, or neither card nor letter was shown.")
            boolean flagged) {
    }

    /** The clock: deadlines in working days, pauses and the derived lateness. */
    @Schema(name = "PressInquiryClock", description = "The answer deadline in working days (Asia/Ho_Chi_Minh), paused while a "
            + "clarification is awaited; overdueLevel is derived on each read.")
    public record Clock(
            @Schema(description = "The day the clock started (receipt, or the transfer to this agency).", example = "2026-11-23") LocalDate startedOn,
            @Schema(description = "Last day to answer before OVERDUE.", example = "2026-11-30") LocalDate dueDate,
            @Schema(description = "Last day before VERY_OVERDUE.", example = "2026-12-07") LocalDate veryOverdueDate,
            @Schema(description = "Paused since (clarification requested); null while running.") LocalDate pausedSince,
            @Schema(description = "Working days spent paused so far.", example = "0", minimum = "0", maximum = "2147483647") int pausedWorkingDays,
            @Schema(example = "NONE") OverdueLevel overdueLevel,
            @Schema(description = "The legal basis of the answer deadline rule applied.", maxLength = 1000) String legalBasis) {
    }

    /** The answer or refusal. */
    @Schema(name = "PressInquiryOutcome", description = "How the agency responded.")
    public record Response(
            @Schema(example = "WRITTEN_ANSWER") InformationForm form,
            @Schema(maxLength = 20000) String answer,
            @Schema(example = "Nguyễn Văn An", maxLength = 255) String givenBy,
            @Schema(example = "nguyenvanan@soyte.kiengiang.gov.vn", maxLength = 254) String givenByEmail,
            Instant givenAt,
            @Schema(description = "Given by the answer deadline.") Boolean onTime,
            @Schema(description = "Refusals: of the whole inquiry (question null) or of single questions.", maxItems = 20) List<Refusal> refusals) {
    }

    /** One refusal with its grounds. */
    @Schema(name = "PressInquiryRefusalView", description = "A refusal and the legal grounds it cites.")
    public record Refusal(
            @Schema(description = "The refused question (from 1); null for the whole inquiry.", example = "2", minimum = "1", maximum = "20") Integer question,
            @Schema(maxItems = 7) List<Ground> grounds,
            @Schema(maxLength = 2000) String reason) {
    }

    /** A cited ground with its label. */
    @Schema(name = "CitedGround", description = "A legal ground cited.")
    public record Ground(
            @Schema(example = "UNDER_INVESTIGATION", maxLength = 50) String code,
            @Schema(example = "Vụ án đang được điều tra hoặc chưa xét xử", maxLength = 1000) String label) {
    }

    static PressInquiryResponse of(PressInquiry q, OverdueLevel level, List<InquiryRefusal> refusals, Map<String, String> groundLabels) {
        Response response = q.respondedAt == null ? null : new Response(q.form, q.answer, q.respondedByName, q.respondedByEmail,
                q.respondedAt, q.onTime, refusals.stream().map(r -> new Refusal(r.questionNo,
                        List.of(r.grounds).stream().map(g -> new Ground(g, groundLabels.get(g))).toList(), r.reason)).toList());
        return new PressInquiryResponse(q.id, q.agencyId, q.agencyName, q.awaitingReassignment, q.pressAgencyId, q.outletName, q.journalistName,
                new Credential(q.pressCardNumber, q.pressCardStatus, q.introductionLetter, InquiryEvents.flagged(q)), q.channel, q.subject,
                List.of(q.questions), q.receivedAt, q.state, q.state.next(), q.assigneeEmail, q.assigneeName,
                new Clock(q.clockStart, q.dueDate, q.veryOverdueDate, q.pausedSince, q.pausedWorkingDays, level, q.deadlineBasis),
                response, q.transferredToInquiryId, q.transferredToAgencyId, q.transferredFromInquiryId, q.closedAt, q.registeredAt,
                q.registeredBy, q.updatedAt, q.updatedBy, q.version);
    }
}
