package vn.gov.pressinfo.registry.spokesperson;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The written notice of a spokesperson's details to the press management department (the law
 * requires the agency to send it): when, and the letter's number.
 */
@Schema(name = "DepartmentNotification", description = "When the press management department was notified in writing, and the letter's number.")
public record DepartmentNotificationRequest(
        @Schema(description = "When the letter was sent (UTC); now when omitted. Not in the future.", example = "2025-03-03T02:00:00Z")
        Instant notifiedAt,
        @Schema(description = "Number of the letter to the department.", example = "210/SVHTTDL-VP", maxLength = 100)
        @NotBlank @Size(max = 100) String documentNumber) {
}
