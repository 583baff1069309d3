package vn.gov.pressinfo.registry.authorization;

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

/** An authorization to speak on one matter until an end date. */
@Schema(name = "GrantAuthorization", description = "Authorizes someone, usually a deputy, to speak for the agency on one matter until an end date.")
public record GrantAuthorizationRequest(
        @Schema(description = "Full name.", example = "Trần Văn Minh", maxLength = 200)
        @NotBlank @Size(max = 200) String fullName,
        @Schema(description = "Position held (chức vụ).", example = "Phó Chủ tịch UBND xã", maxLength = 200)
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "Public phone: " + Contact.PHONE_DESCRIPTION, example = "+84 912 345 678",
                maxLength = Contact.PHONE_MAX_LENGTH, pattern = Contact.PHONE)
        @NotBlank @VietnamesePhone String phone,
        @Schema(description = "Public email.", example = "tranvanminh@kiengiang.gov.vn", maxLength = 254, format = "email")
        @NotBlank @Size(max = 254) @Email(regexp = Contact.EMAIL) String email,
        @Schema(description = "The one matter the authorization covers.", example = "Phát ngôn về công tác phòng, chống thiên tai năm 2026",
                maxLength = 1000)
        @NotBlank @Size(max = 1000) String scope,
        @Schema(description = "First day of the authorization.", example = "2026-06-01")
        @NotNull LocalDate validFrom,
        @Schema(description = "Last day of the authorization (inclusive; mandatory): it expires when that day has passed in Asia/Ho_Chi_Minh. "
                + "Not before validFrom, not in the past.", example = "2026-08-31")
        @NotNull LocalDate validTo,
        @Schema(description = "The written authorization.")
        @NotNull @Valid LegalDocument document) {

    /** The same request with Vietnamese text normalised for storage (NFC, single spaces). */
    GrantAuthorizationRequest cleaned() {
        return new GrantAuthorizationRequest(TextSearch.clean(fullName), TextSearch.clean(title), phone.trim(), email.trim(),
                TextSearch.clean(scope), validFrom, validTo, document.cleaned());
    }
}
