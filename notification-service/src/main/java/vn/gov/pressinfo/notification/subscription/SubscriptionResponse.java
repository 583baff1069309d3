package vn.gov.pressinfo.notification.subscription;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "Subscription", description = "A webhook subscription. The secret is never returned.")
public record SubscriptionResponse(
        UUID id,
        @Schema(example = "https://egov.kiengiang.gov.vn/hooks/pressinfo", maxLength = 2000) String url,
        @Schema(example = "[\"vn.gov.pressinfo.reporting.ReportOverdue.v1\"]", maxItems = 50) List<@Size(max = 200) String> eventTypes,
        @Schema(example = "Cổng dịch vụ công tỉnh Kiên Giang", maxLength = 500) String description,
        @Schema(example = "true") boolean active,
        Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy,
        Instant updatedAt) {

    /**
     * The columns {@link #of(Rows)} reads, from table {@code subscription s}: the event types sorted by code point, as
     * {@link #of(Subscription)} sorts them.
     */
    static final String COLUMNS = "s.id, s.url, s.description, s.active, s.created_at, s.created_by, s.updated_at, "
            + "ARRAY(SELECT t.event_type FROM subscription_event_type t WHERE t.subscription_id = s.id "
            + "ORDER BY t.event_type COLLATE \"C\") AS event_types";

    static SubscriptionResponse of(Rows r) throws SQLException {
        return new SubscriptionResponse(r.uuid("id"), r.string("url"), r.strings("event_types"), r.string("description"),
                r.bool("active"), r.instant("created_at"), r.string("created_by"), r.instant("updated_at"));
    }

    static SubscriptionResponse of(Subscription s) {
        return new SubscriptionResponse(s.id, s.url, s.eventTypes.stream().sorted().toList(), s.description, s.active, s.createdAt,
                s.createdBy, s.updatedAt);
    }
}
