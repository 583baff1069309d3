package vn.gov.pressinfo.registry.reorganisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.registry.LegalDocument;

@Schema(name = "Reorganisation", description = "A recorded merge, split, rename or dissolution of agencies.")
public record ReorganisationResponse(
        @Schema(example = "6a1d9c0e-4b2f-4e8a-9c7d-2f3e4a5b6c7d") UUID id,
        ReorganisationKind kind,
        @Schema(example = "2025-03-01") LocalDate effectiveDate,
        LegalDocument legalBasis,
        @Schema(example = "Hợp nhất theo chủ trương sắp xếp tổ chức bộ máy", maxLength = 2000) String note,
        @Schema(description = "Agencies that ended (empty for a rename).", maxItems = 100) List<AgencyRef> predecessors,
        @Schema(description = "Agencies that took over the predecessors' work.", maxItems = 100) List<AgencyRef> successors,
        @Schema(description = "The renamed agency (RENAME only).") AgencyRef renamed,
        @Schema(description = "For each predecessor (or the renamed agency), the successors that took over from it and the one that "
                + "takes its open work.", maxItems = 100) List<MappingEntry> mapping,
        @Schema(description = "Active children of the predecessors that the reorganisation moved under the successor (MERGE, "
                + "DISSOLVE with one successor); empty otherwise.", maxItems = 10000) List<MovedChild> movedChildren,
        @Schema(example = "2026-11-22T02:30:00Z") Instant recordedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String recordedBy) {

    /** An agency as the reorganisation left it. */
    @Schema(name = "ReorganisationAgency", description = "An agency named by a reorganisation, with the code and name it left it with.")
    public record AgencyRef(
            @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
            @Schema(example = "KG-TTTT", maxLength = 50) String code,
            @Schema(example = "Sở Thông tin và Truyền thông", maxLength = 300) String name,
            @Schema(description = "Whether the reorganisation created this agency.") boolean created,
            @Schema(description = "Code before a rename.", example = "KG-VHTT", maxLength = 50) String previousCode,
            @Schema(description = "Name before a rename.", example = "Sở Văn hóa và Thể thao", maxLength = 300) String previousName) {

        static AgencyRef of(Reorganisation.Participant p) {
            return new AgencyRef(p.agencyId, p.code, p.name, p.created, p.previousCode, p.previousName);
        }
    }

    @Schema(name = "ReorganisationMappingEntry", description = "Where the work of one predecessor went.")
    public record MappingEntry(
            @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID predecessorId,
            @Schema(maxItems = 100) List<UUID> successorIds,
            @Schema(description = "The successor that takes the predecessor's open work (press cases, inquiries, incidents, report "
                    + "assignments); null when none does: after a dissolution without successor the work returns to the press "
                    + "management department, and a renamed agency keeps its own.", example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
            UUID workTo) {
    }

    @Schema(name = "ReorganisationMovedChild", description = "A child agency moved under the successor from the effective date.")
    public record MovedChild(
            @Schema(example = "5c4b3a29-1807-4f6e-9d5c-4b3a29180706") UUID agencyId,
            @Schema(example = "KG-X-HONTRE", maxLength = 50) String code,
            @Schema(example = "Ủy ban nhân dân xã Hòn Tre", maxLength = 300) String name,
            @Schema(description = "Its parent before: a predecessor.", example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID fromParentId,
            @Schema(description = "Its parent from the effective date: the successor.", example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
            UUID toParentId) {
    }

    static ReorganisationResponse of(Reorganisation r) {
        List<AgencyRef> renamed = r.participants(Reorganisation.Role.RENAMED).stream().map(AgencyRef::of).toList();
        return new ReorganisationResponse(r.id, r.kind, r.effectiveDate, r.legalBasis, r.note,
                r.participants(Reorganisation.Role.PREDECESSOR).stream().map(AgencyRef::of).toList(),
                r.participants(Reorganisation.Role.SUCCESSOR).stream().map(AgencyRef::of).toList(),
                renamed.isEmpty() ? null : renamed.get(0),
                r.mapping().entrySet().stream()
                        .map(e -> new MappingEntry(e.getKey(), List.copyOf(e.getValue()), r.workTo(e.getKey()).orElse(null))).toList(),
                r.movedChildren.stream().map(c -> new MovedChild(c.agencyId, c.code, c.name, c.fromParentId, c.toParentId)).toList(),
                r.recordedAt, r.recordedBy);
    }
}
