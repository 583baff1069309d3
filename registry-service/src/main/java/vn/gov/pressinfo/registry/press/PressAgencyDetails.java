package vn.gov.pressinfo.registry.press;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.registry.validation.HttpUrl;
import vn.gov.pressinfo.web.TextSearch;

/**
 * A press agency as sent to record or change it.
 *
 * @param status null keeps the current status (ACTIVE for a new press agency)
 * @param reason why it is recorded or changed; kept in the history only
 */
@Schema(name = "PressAgencyDetails", description = "A press agency (cơ quan báo chí) as sent to record or change it.")
public record PressAgencyDetails(
        @Schema(description = "Name of the press agency.", example = "Báo Kiên Giang", maxLength = 300)
        @NotBlank @Size(max = 300)
        String name,
        @Schema(description = "Medium.", example = "PRINT")
        @NotNull
        PressMedium medium,
        @Schema(description = "Governing body (cơ quan chủ quản).", example = "Tỉnh ủy Kiên Giang", maxLength = 300)
        @NotBlank @Size(max = 300)
        String governingBody,
        @Schema(description = "Operating licence.")
        @NotNull @Valid
        Licence licence,
        @Schema(description = "Website, an absolute http(s) URL.", format = "uri", example = "https://baokiengiang.vn", maxLength = 2000)
        @Size(max = 2000) @HttpUrl
        String website,
        @Schema(description = "Status; omitted keeps the current one (ACTIVE for a new press agency).", example = "ACTIVE")
        PressAgencyStatus status,
        @Schema(description = "Why it is recorded or changed; kept in the history.", example = "Cấp lại giấy phép", maxLength = 1000)
        @Size(max = 1000)
        String reason) {

    PressAgencyDetails cleaned() {
        return new PressAgencyDetails(TextSearch.clean(name), medium, TextSearch.clean(governingBody), licence.cleaned(),
                blankToNull(website == null ? null : website.trim()), status, blankToNull(TextSearch.clean(reason)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
