package vn.gov.pressinfo.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InboxItem", description = "An in-app notice.")
public record InboxItemResponse(
        UUID id,
        @Schema(description = "The agency it is addressed to; null for the department's items.") UUID agencyId,
        @Schema(example = "vn.gov.pressinfo.reporting.ReportOverdue.v1") String eventType,
        @Schema(example = "7d0b3c1e-2f4a-4b5c-8d9e-0f1a2b3c4d5e") String eventId,
        @Schema(example = "Quá hạn gửi báo cáo: 1005/STTTT-TTBCXB") String title,
        @Schema(example = "Sở Y tế chưa gửi báo cáo \"Báo cáo công tác phát ngôn quý II\", hạn 30/06/2026.") String summary,
        Instant createdAt,
        @Schema(description = "When it was first read; null while unread.") Instant readAt,
        @Schema(description = "Who read it first.") String readBy) {

    static InboxItemResponse of(InboxItem i) {
        return new InboxItemResponse(i.id, i.agencyId, i.eventType, i.eventId, i.title, i.summary, i.createdAt, i.readAt, i.readBy);
    }
}
