package vn.gov.pressinfo.notification.preference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.notification.delivery.Channel;

@Schema(name = "MuteRequest", description = "Stop receiving one event type on one channel.")
public record MuteRequest(
        @Schema(description = "CloudEvents type.", example = "vn.gov.pressinfo.reporting.ReportDueSoon.v1", maxLength = 200)
        @NotBlank @Size(max = 200)
        String eventType,
        @Schema(description = "EMAIL or INBOX (webhooks are chosen per subscription).", example = "EMAIL")
        @NotNull
        Channel channel) {
}
