package vn.gov.pressinfo.registry.press;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.registry.validation.Contact;
import vn.gov.pressinfo.registry.validation.VietnamesePhone;
import vn.gov.pressinfo.web.TextSearch;

@Schema(name = "ResidentReporterDetails", description = "A resident reporter (phóng viên thường trú) as sent to record them.")
public record ResidentReporterDetails(
        @Schema(description = "Full name.", example = "Lê Minh Tâm", maxLength = 200)
        @NotBlank @Size(max = 200)
        String fullName,
        @Schema(description = "Press card number, if they hold one.", example = "HN-12345", maxLength = PressCard.MAX_NUMBER_LENGTH)
        @Size(max = PressCard.MAX_NUMBER_LENGTH) @Pattern(regexp = PressCard.NUMBER_PATTERN, message = PressCard.NUMBER_MESSAGE)
        String pressCardNumber,
        @Schema(description = "Area they cover.", example = "Tỉnh Kiên Giang và thành phố Phú Quốc", maxLength = 300)
        @NotBlank @Size(max = 300)
        String area,
        @Schema(description = "Phone: " + Contact.PHONE_DESCRIPTION, example = "+84 912 345 678", maxLength = Contact.PHONE_MAX_LENGTH,
                pattern = Contact.PHONE)
        @NotBlank @VietnamesePhone
        String phone,
        @Schema(description = "E-mail address.", format = "email", example = "tam.le@baotuoitre.vn", maxLength = 254)
        @NotBlank @Size(max = 254) @Email(regexp = Contact.EMAIL)
        String email,
        @Schema(description = "First day of the accreditation.", example = "2025-01-01")
        @NotNull
        LocalDate validFrom,
        @Schema(description = "Last day of the accreditation; open-ended when omitted.", example = "2026-12-31")
        LocalDate validTo) {

    ResidentReporterDetails cleaned() {
        return new ResidentReporterDetails(TextSearch.clean(fullName),
                pressCardNumber == null || pressCardNumber.isBlank() ? null : PressCard.normalise(pressCardNumber),
                TextSearch.clean(area), phone.trim(), email.trim(), validFrom, validTo);
    }
}
