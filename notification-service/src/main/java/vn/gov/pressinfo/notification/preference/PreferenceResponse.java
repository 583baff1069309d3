package vn.gov.pressinfo.notification.preference;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.notification.delivery.Channel;

@Schema(name = "Preference", description = "A muted (event type, channel) of the caller's agency or of the department.")
public record PreferenceResponse(
        UUID id,
        @Schema(description = "agency:<id> or department.", example = "department", maxLength = 50) String audience,
        @Schema(example = "vn.gov.pressinfo.reporting.ReportDueSoon.v1", maxLength = 200) String eventType,
        Channel channel,
        @Schema(example = "true") boolean muted,
        Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy) {

    static PreferenceResponse of(Preference p) {
        return new PreferenceResponse(p.id, p.audience, p.eventType, p.channel, true, p.stamp.createdAt(), p.stamp.createdBy());
    }
}
