package vn.gov.pressinfo.registry.press;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.registry.validation.Contact;
import vn.gov.pressinfo.registry.validation.VietnamesePhone;
import vn.gov.pressinfo.web.TextSearch;

@Schema(name = "RepresentativeOfficeDetails", description = "A representative office (văn phòng đại diện) as sent to record it.")
public record RepresentativeOfficeDetails(
        @Schema(description = "Street address.", example = "25 Trần Phú, phường Vĩnh Thanh Vân, Rạch Giá", maxLength = 300)
        @NotBlank @Size(max = 300)
        String address,
        @Schema(description = "Province where the office operates.", example = "Kiên Giang", maxLength = 100)
        @NotBlank @Size(max = 100)
        String province,
        @Schema(description = "Head of the office.", example = "Trần Thị Bích", maxLength = 200)
        @NotBlank @Size(max = 200)
        String head,
        @Schema(description = "Phone: " + Contact.PHONE_DESCRIPTION, example = "0297 3862 123", maxLength = Contact.PHONE_MAX_LENGTH,
                pattern = Contact.PHONE)
        @NotBlank @VietnamesePhone
        String phone,
        @Schema(description = "E-mail address.", format = "email", example = "vpdd.kiengiang@baotuoitre.vn", maxLength = 254)
        @NotBlank @Size(max = 254) @Email(regexp = Contact.EMAIL)
        String email,
        @Schema(description = "Licence of the office.")
        @NotNull @Valid
        Licence licence) {

    RepresentativeOfficeDetails cleaned() {
        return new RepresentativeOfficeDetails(TextSearch.clean(address), TextSearch.clean(province), TextSearch.clean(head),
                phone.trim(), email.trim(), licence.cleaned());
    }
}
