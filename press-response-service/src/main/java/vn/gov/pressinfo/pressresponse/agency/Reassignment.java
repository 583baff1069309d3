package vn.gov.pressinfo.pressresponse.agency;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department gives an item a reorganisation returned to it to another agency (Sở giao lại). */
@Schema(name = "Reassignment", description = "The agency that takes over an item awaiting reassignment by the press management "
        + "department after a reorganisation; it must be known from registry and not dissolved.")
public record Reassignment(
        @Schema(description = "The agency that takes the item over.", example = "8b6d1f2e-4c3a-4e5f-9a1b-2c3d4e5f6a7b")
        @NotNull UUID agencyId,
        @Schema(description = "Why this agency.", example = "Sở giao Ủy ban nhân dân xã Vĩnh Hòa Hiệp trả lời theo địa bàn", maxLength = 2000)
        @Size(max = 2000) String note) {
}
