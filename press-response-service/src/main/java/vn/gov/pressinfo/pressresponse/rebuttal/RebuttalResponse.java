package vn.gov.pressinfo.pressresponse.rebuttal;

import jakarta.validation.constraints.Size;

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
        @Schema(maxLength = 50000) String content,
        @Schema(maxLength = 5000) String correctInformation,
        @Schema(maxLength = 255) String draftedBy,
        Instant draftedAt,
        @Schema(maxLength = 255) String approvedBy,
        Instant approvedAt,
        @Schema(maxLength = 2000) String approvalNote,
        @Schema(example = "OFFICIAL_DOCUMENT_SYSTEM") Channel channel,
        @Schema(example = "125/SYT-VP", maxLength = 100) String documentNumber,
        @Schema(example = "Ban Biên tập Báo Điện tử ABC", maxLength = 300) String recipient,
        @Schema(maxItems = 10) List<@Size(max = 300) String> copyTo,
        Instant sentAt,
        @Schema(maxLength = 255) String sentBy,
        Boolean onTime,
        @Schema(example = "2", minimum = "0", maximum = "9223372036854775807") long version) {

    static RebuttalResponse of(Rebuttal r) {
        return new RebuttalResponse(r.id, r.caseId, r.status, r.content, r.correctInformation, r.draftedBy, r.draftedAt, r.approvedBy,
                r.approvedAt, r.approvalNote, r.channel, r.documentNumber, r.recipient, r.copyTo == null ? List.of() : List.of(r.copyTo),
                r.sentAt, r.sentBy, r.onTime, r.version);
    }
}
