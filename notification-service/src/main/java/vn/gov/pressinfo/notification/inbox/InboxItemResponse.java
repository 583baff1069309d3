package vn.gov.pressinfo.notification.inbox;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.notification.message.NoticeTemplates;
import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "InboxItem", description = "An in-app notice.")
public record InboxItemResponse(
        UUID id,
        @Schema(description = "The agency it is addressed to; null for the department's items.") UUID agencyId,
        @Schema(example = "vn.gov.pressinfo.reporting.ReportOverdue.v1", maxLength = 200) String eventType,
        @Schema(example = "7d0b3c1e-2f4a-4b5c-8d9e-0f1a2b3c4d5e", maxLength = 100) String eventId,
        @Schema(example = "Quá hạn gửi báo cáo: 1005/STTTT-TTBCXB", maxLength = NoticeTemplates.MAX_TITLE_LENGTH) String title,
        @Schema(example = "Sở Y tế chưa gửi báo cáo \"Báo cáo công tác phát ngôn quý II\", hạn 30/06/2026.",
                maxLength = NoticeTemplates.MAX_SUMMARY_LENGTH) String summary,
        Instant createdAt,
        @Schema(description = "When it was first read; null while unread.") Instant readAt,
        @Schema(description = "Who read it first.", maxLength = 255) String readBy) {

    /** The columns {@link #of(Rows)} reads, from table {@code inbox_item i}. */
    static final String COLUMNS = "i.id, i.agency_id, i.event_type, i.event_id, i.title, i.summary, i.created_at, i.read_at, i.read_by";

    static InboxItemResponse of(Rows r) throws SQLException {
        return new InboxItemResponse(r.uuid("id"), r.uuid("agency_id"), r.string("event_type"), r.string("event_id"), r.string("title"),
                r.string("summary"), r.instant("created_at"), r.instant("read_at"), r.string("read_by"));
    }

    static InboxItemResponse of(InboxItem i) {
        return new InboxItemResponse(i.id, i.agencyId, i.eventType, i.eventId, i.title, i.summary, i.createdAt, i.readAt, i.readBy);
    }
}
