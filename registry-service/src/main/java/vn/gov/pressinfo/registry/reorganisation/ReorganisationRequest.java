package vn.gov.pressinfo.registry.reorganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.registry.LegalDocument;

/**
 * A reorganisation to record. Which fields apply depends on {@code kind}:
 * MERGE: at least two {@code predecessorIds}, exactly one successor;
 * SPLIT: one predecessor, at least two successors;
 * DISSOLVE: one predecessor, at most one successor;
 * RENAME: {@code agencyId}, {@code newName} and optionally {@code newCode}, nothing else.
 * A successor may name the predecessors whose open work it takes ({@code takesWorkOf}).
 */
@Schema(name = "ReorganisationRequest", description = "A merge, split, rename or dissolution of agencies. MERGE: two or more "
        + "predecessorIds and exactly one successor. SPLIT: one predecessorId and two or more successors. DISSOLVE: one "
        + "predecessorId and at most one successor. RENAME: agencyId, newName and optionally newCode. A successor is an "
        + "existing agency ({\"agencyId\": …}) or a new one ({\"code\", \"name\", \"type\", \"parentId\"}).")
public record ReorganisationRequest(
        @Schema(required = true) @NotNull
        ReorganisationKind kind,
        @Schema(description = "Date (Asia/Ho_Chi_Minh) from which the reorganisation applies.", example = "2025-03-01", required = true)
        @NotNull
        LocalDate effectiveDate,
        @Schema(required = true) @NotNull @Valid
        LegalDocument legalBasis,
        @Schema(description = "Free text kept with the reorganisation.", example = "Hợp nhất theo chủ trương sắp xếp tổ chức bộ máy", maxLength = 2000)
        @Size(max = 2000)
        String note,
        @Schema(description = "Agencies that end (MERGE, SPLIT, DISSOLVE).")
        @Size(max = 100)
        List<@NotNull UUID> predecessorIds,
        @Schema(description = "Agencies that take over the predecessors' work (MERGE, SPLIT, DISSOLVE).")
        @Size(max = 100)
        List<@NotNull @Valid Successor> successors,
        @Schema(description = "The agency to rename (RENAME).", example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d")
        UUID agencyId,
        @Schema(description = "New official name (RENAME).", example = "Sở Văn hóa, Thể thao và Du lịch", maxLength = 300)
        @Size(max = 300)
        String newName,
        @Schema(description = "New official code (RENAME); the code stays when omitted.", example = "KG-VHTTDL", maxLength = 50)
        @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain letters, digits, '.', '_' and '-'")
        String newCode) {

    public List<UUID> predecessorIds() {
        return predecessorIds == null ? List.of() : predecessorIds;
    }

    public List<Successor> successors() {
        return successors == null ? List.of() : successors;
    }

    /**
     * A successor: an existing agency ({@code agencyId}) or one created by the reorganisation.
     */
    @Schema(name = "ReorganisationSuccessor", description = "An existing agency (agencyId only) or a new agency created by the "
            + "reorganisation (code, name, type and optionally parentId).")
    public record Successor(
            @Schema(description = "An existing agency.", example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
            UUID agencyId,
            @Schema(description = "Official code of a new agency, unique.", example = "KG-KHCN", maxLength = 50)
            @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain letters, digits, '.', '_' and '-'")
            String code,
            @Schema(description = "Official name of a new agency.", example = "Sở Khoa học và Công nghệ", maxLength = 300)
            @Size(max = 300)
            String name,
            @Schema(description = "Agency type code of a new agency.", example = "DEPARTMENT", maxLength = 50)
            @Size(max = 50)
            String type,
            @Schema(description = "Parent of a new agency.", example = "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f")
            UUID parentId,
            @Schema(description = "Predecessors (ids from predecessorIds) whose open work (press cases, inquiries, incidents, report "
                    + "assignments) this successor takes; each predecessor at most once over all successors. A predecessor that "
                    + "no successor names goes to the single successor (MERGE, DISSOLVE with one successor) or, in a SPLIT, to "
                    + "the first successor listed; after a DISSOLVE without successor its work returns to the press management "
                    + "department. Not for RENAME.", example = "[\"3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d\"]")
            @Size(max = 100)
            List<@NotNull UUID> takesWorkOf) {

        public Successor {
            takesWorkOf = takesWorkOf == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(takesWorkOf));
        }

        boolean isNew() {
            return agencyId == null;
        }
    }
}
