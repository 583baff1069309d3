package vn.gov.pressinfo.registry.press;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.web.TextSearch;

/** A licence (giấy phép): its number, the day it was granted and who granted it. */
@Schema(name = "Licence", description = "A licence (giấy phép) to operate: number, date granted, issuer.")
public record Licence(
        @Schema(description = "Licence number.", example = "123/GP-BTTTT", maxLength = 100)
        @NotBlank @Size(max = 100)
        String number,
        @Schema(description = "Day it was granted.", example = "2019-05-20")
        @NotNull
        LocalDate date,
        @Schema(description = "Who granted it.", example = "Bộ Thông tin và Truyền thông", maxLength = 300)
        @NotBlank @Size(max = 300)
        String issuer) {

    Licence cleaned() {
        return new Licence(TextSearch.clean(number), date, TextSearch.clean(issuer));
    }
}
