package vn.gov.pressinfo.registry.role;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.gov.pressinfo.registry.LegalDocument;

/**
 * Gives a role to an agency from a date.
 *
 * @param agencyId  the new holder
 * @param validFrom first day it holds the role; the current holder's term ends the day before
 * @param document  the decision that assigned the role
 */
@Schema(name = "RoleAssignmentRequest", description = "Gives the role to an agency from validFrom; the current holder's term ends then.")
public record RoleAssignmentRequest(
        @Schema(example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", required = true) @NotNull
        UUID agencyId,
        @Schema(description = "First day the agency holds the role.", example = "2025-03-01", required = true) @NotNull
        LocalDate validFrom,
        @Schema(required = true) @NotNull @Valid
        LegalDocument document) {
}
