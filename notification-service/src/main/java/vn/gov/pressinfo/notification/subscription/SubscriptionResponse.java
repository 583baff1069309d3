package vn.gov.pressinfo.notification.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    static SubscriptionResponse of(Subscription s) {
        return new SubscriptionResponse(s.id, s.url, s.eventTypes.stream().sorted().toList(), s.description, s.active, s.createdAt,
                s.createdBy, s.updatedAt);
    }
}
