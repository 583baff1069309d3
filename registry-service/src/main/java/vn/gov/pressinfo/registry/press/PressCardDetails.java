package vn.gov.pressinfo.registry.press;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.web.TextSearch;

@Schema(name = "PressCardDetails", description = "A press card (thẻ nhà báo) as sent to record it.")
public record PressCardDetails(
        @Schema(description = "Card number; stored upper case, unique.", example = "HN-12345", maxLength = PressCard.MAX_NUMBER_LENGTH)
        @NotBlank @Size(max = PressCard.MAX_NUMBER_LENGTH) @Pattern(regexp = PressCard.NUMBER_PATTERN, message = PressCard.NUMBER_MESSAGE)
        String number,
        @Schema(description = "Full name of the holder.", example = "Lê Minh Tâm", maxLength = 200)
        @NotBlank @Size(max = 200)
        String holderName,
        @Schema(description = "The press agency the holder works for.", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
        @NotNull
        UUID pressAgencyId,
        @Schema(description = "Last day the card is valid.", example = "2025-12-31")
        @NotNull
        LocalDate validUntil) {

    PressCardDetails cleaned() {
        return new PressCardDetails(PressCard.normalise(number), TextSearch.clean(holderName), pressAgencyId, validUntil);
    }
}
