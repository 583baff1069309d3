package vn.gov.pressinfo.registry.training;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.web.TextSearch;

@Schema(name = "AttendeeDetails", description = "Someone who attended a training session for an agency.")
public record AttendeeDetails(
        @Schema(description = "The agency they attended for.", example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d")
        @NotNull
        UUID agencyId,
        @Schema(description = "Full name.", example = "Nguyễn Văn An", maxLength = 200)
        @NotBlank @Size(max = 200)
        String fullName,
        @Schema(description = "Job title.", example = "Phó Giám đốc Sở", maxLength = 200)
        @NotBlank @Size(max = 200)
        String title,
        @Schema(description = "SPOKESPERSON when the agency's spokesperson went in person, SUBSTITUTE when someone else was sent.",
                example = "SPOKESPERSON")
        @NotNull
        AttendedAs attendedAs) {

    AttendeeDetails cleaned() {
        return new AttendeeDetails(agencyId, TextSearch.clean(fullName), TextSearch.clean(title), attendedAs);
    }
}
