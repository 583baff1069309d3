package vn.gov.pressinfo.registry.press;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.web.TextSearch;

@Schema(name = "PressCardStatusRequest", description = "The decision behind suspending, revoking or reinstating a press card.")
public record PressCardStatusRequest(
        @Schema(description = "The decision, e.g. its number and issuer.", example = "Quyết định 12/QĐ-BVHTTDL", maxLength = 500)
        @NotBlank @Size(max = 500)
        String decision,
        @Schema(description = "Optional note.", example = "Vi phạm quy định về hoạt động báo chí", maxLength = 2000)
        @Size(max = 2000)
        String note) {

    PressCardStatusRequest cleaned() {
        String cleanedNote = note == null || note.isBlank() ? null : TextSearch.clean(note);
        return new PressCardStatusRequest(TextSearch.clean(decision), cleanedNote);
    }
}
