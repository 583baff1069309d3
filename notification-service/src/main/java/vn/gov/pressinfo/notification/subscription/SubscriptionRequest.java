package vn.gov.pressinfo.notification.subscription;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

@Schema(name = "SubscriptionRequest", description = "A webhook subscription as sent to create or replace it.")
public record SubscriptionRequest(
        @Schema(description = "Where events are POSTed. https is required in production; loopback and private addresses are refused "
                + "outside the local and test profiles.", example = "https://egov.kiengiang.gov.vn/hooks/pressinfo", maxLength = 2000)
        @NotBlank @Size(max = 2000)
        String url,
        @Schema(description = "CloudEvents types to receive (see GET /api/v1/routing-rules for the catalogue).",
                example = "[\"vn.gov.pressinfo.reporting.ReportOverdue.v1\"]")
        @NotEmpty @Size(max = 50)
        Set<@NotBlank @Size(max = 200) String> eventTypes,
        @Schema(description = "Shared secret of the X-PressInfo-Signature HMAC, 16 to 200 characters. Write-only: never returned. "
                + "On replace, omit it to keep the current secret.", example = "s3cr3t-chia-se-voi-he-thong-nhan", writeOnly = true,
                minLength = 16, maxLength = 200)
        @Size(min = 16, max = 200)
        String secret,
        @Schema(description = "What the subscription is for.", example = "Cổng dịch vụ công tỉnh Kiên Giang", maxLength = 500)
        @Size(max = 500)
        String description,
        @Schema(description = "Whether events are sent; default true.", example = "true")
        Boolean active) {

    public boolean isActive() {
        return active == null || active;
    }

    static void requireSecret(SubscriptionRequest r) {
        if (r.secret() == null) {
            throw vn.gov.pressinfo.web.ProblemException.unprocessable("secret", "A new subscription needs a secret of 16 to 200 characters.");
        }
    }

}
