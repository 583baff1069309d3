package vn.gov.pressinfo.notification.department;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "DepartmentRecipientRequest", description = "An officer of the press management department who should receive "
        + "department notices while their agency holds the department role.")
public record DepartmentRecipientRequest(
        @Schema(description = "The agency the officer works for (a known agency of the registry): they receive department notices "
                + "about events dated while this agency holds the PRESS_MANAGEMENT_DEPARTMENT role.",
                example = "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", required = true)
        @NotNull
        UUID agencyId,
        @Schema(description = "Email address.", example = "phongbaochi@svhttdl.angiang.gov.vn", maxLength = 254)
        @NotBlank @Email @Size(max = 254)
        String email,
        @Schema(description = "Full name.", example = "Phạm Thị Lan", maxLength = 200)
        @Size(max = 200)
        String fullName) {
}
