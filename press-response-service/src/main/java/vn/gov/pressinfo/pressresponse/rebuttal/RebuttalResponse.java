package vn.gov.pressinfo.pressresponse.rebuttal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rebuttal letter as clients see it. */
@Schema(name = "Rebuttal", description = "The rebuttal letter of a case.")
public record RebuttalResponse(
        UUID id,
        UUID caseId,
        @Schema(example = "SENT") RebuttalStatus status,
        String content,
        String correctInformation,
        String draftedBy,
        Instant draftedAt,
        String approvedBy,
        Instant approvedAt,
        String approvalNote,
        @Schema(example = "OFFICIAL_DOCUMENT_SYSTEM") Channel channel,
        @Schema(example = "125/SYT-VP") String documentNumber,
        @Schema(example = "Ban Biên tập Báo Điện tử ABC") String recipient,
        List<String> copyTo,
        Instant sentAt,
        String sentBy,
        Boolean onTime,
        @Schema(example = "2") long version) {

    static RebuttalResponse of(Rebuttal r) {
        return new RebuttalResponse(r.id, r.caseId, r.status, r.content, r.correctInformation, r.draftedBy, r.draftedAt, r.approvedBy,
                r.approvedAt, r.approvalNote, r.channel, r.documentNumber, r.recipient, r.copyTo == null ? List.of() : List.of(r.copyTo),
                r.sentAt, r.sentBy, r.onTime, r.version);
    }
}
