package vn.gov.pressinfo.notification.department;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "DepartmentRecipientRequest", description = "An officer of the press management department who should receive department notices.")
public record DepartmentRecipientRequest(
        @Schema(description = "Email address.", example = "phongbaochi@stttt.kiengiang.gov.vn", maxLength = 254)
        @NotBlank @Email @Size(max = 254)
        String email,
        @Schema(description = "Full name.", example = "Phạm Thị Lan", maxLength = 200)
        @Size(max = 200)
        String fullName) {
}
