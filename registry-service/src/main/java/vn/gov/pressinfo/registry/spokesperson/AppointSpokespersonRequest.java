package vn.gov.pressinfo.registry.spokesperson;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.registry.LegalDocument;
import vn.gov.pressinfo.registry.validation.Contact;
import vn.gov.pressinfo.registry.validation.VietnamesePhone;
import vn.gov.pressinfo.web.TextSearch;

/** An appointment of a head or appointed spokesperson. */
@Schema(name = "AppointSpokesperson", description = "Appoints the head or an appointed spokesperson of an agency.")
public record AppointSpokespersonRequest(
        @Schema(description = "Full name.", example = "Nguyễn Thị Thu Hà", maxLength = 200)
        @NotBlank @Size(max = 200) String fullName,
        @Schema(description = "Position held (chức vụ).", example = "Phó Giám đốc Sở", maxLength = 200)
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "Public phone: " + Contact.PHONE_DESCRIPTION, example = "0297 3862 000",
                maxLength = Contact.PHONE_MAX_LENGTH, pattern = Contact.PHONE)
        @NotBlank @VietnamesePhone String phone,
        @Schema(description = "Public email.", example = "nguyenthithuha@kiengiang.gov.vn", maxLength = 254, format = "email")
        @NotBlank @Size(max = 254) @Email(regexp = Contact.EMAIL) String email,
        @Schema(description = "HEAD (the head of the agency, who speaks by default) or APPOINTED.", example = "APPOINTED")
        @NotNull SpokespersonKind kind,
        @Schema(description = "The decision that appoints.")
        @NotNull @Valid LegalDocument document,
        @Schema(description = "First day of the appointment. Must be after the start of the current appointment, which it supersedes.",
                example = "2025-03-01")
        @NotNull LocalDate validFrom,
        @Schema(description = "Day the appointment ends (exclusive); omit for an open-ended appointment.", example = "2030-03-01")
        LocalDate validTo) {

    /** The same request with Vietnamese text normalised for storage (NFC, single spaces). */
    AppointSpokespersonRequest cleaned() {
        return new AppointSpokespersonRequest(TextSearch.clean(fullName), TextSearch.clean(title), phone.trim(), email.trim(), kind,
                document.cleaned(), validFrom, validTo);
    }
}
