package vn.gov.pressinfo.registry.spokesperson;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.registry.LegalDocument;
import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "Spokesperson", description = "An appointment of a head or appointed spokesperson, valid from validFrom until validTo (exclusive).")
public record SpokespersonResponse(
        @Schema(example = "8a1d2c3b-4e5f-4a6b-9c7d-0e1f2a3b4c5d") UUID id,
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        SpokespersonKind kind,
        @Schema(example = "Nguyễn Thị Thu Hà", maxLength = 200) String fullName,
        @Schema(example = "Phó Giám đốc Sở", maxLength = 300) String title,
        @Schema(example = "0297 3862 000", maxLength = 30) String phone,
        @Schema(example = "nguyenthithuha@kiengiang.gov.vn", maxLength = 254) String email,
        LegalDocument document,
        @Schema(example = "2025-03-01") LocalDate validFrom,
        @Schema(description = "Day the appointment ends (exclusive); null while open-ended.", example = "2030-03-01") LocalDate validTo,
        @Schema(description = "ACTIVE, SUPERSEDED (by supersededBy) or REVOKED.") SpokespersonStatus status,
        @Schema(description = "The appointment that replaced this one.") UUID supersededBy,
        @Schema(description = "Why it was revoked.", example = "Điều động công tác khác", maxLength = 1000) String revocationReason,
        @Schema(example = "2026-01-10T03:00:00Z") Instant revokedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String revokedBy,
        @Schema(description = "When the press management department was notified in writing.", example = "2025-03-03T02:00:00Z")
        Instant departmentNotifiedAt,
        @Schema(description = "Number of the letter to the department.", example = "210/SVHTTDL-VP", maxLength = 100) String departmentDocument,
        @Schema(description = "Version; also the ETag.", example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "2025-03-01T02:30:00Z") Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy,
        @Schema(example = "2025-03-01T02:30:00Z") Instant updatedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String updatedBy) {

    /** The columns {@link #of(Rows)} reads, from table {@code spokesperson s}. */
    static final String COLUMNS = "s.id, s.agency_id, s.kind, s.full_name, s.title, s.phone, s.email, s.document_number, "
            + "s.document_date, s.document_signer, s.valid_from, s.valid_to, s.status, s.superseded_by, s.revocation_reason, "
            + "s.revoked_at, s.revoked_by, s.department_notified_at, s.department_document, s.version, s.created_at, s.created_by, "
            + "s.updated_at, s.updated_by";

    static SpokespersonResponse of(Rows r) throws SQLException {
        return new SpokespersonResponse(r.uuid("id"), r.uuid("agency_id"), r.enumOf(SpokespersonKind.class, "kind"), r.string("full_name"),
                r.string("title"), r.string("phone"), r.string("email"),
                new LegalDocument(r.string("document_number"), r.date("document_date"), r.string("document_signer")),
                r.date("valid_from"), r.date("valid_to"), r.enumOf(SpokespersonStatus.class, "status"), r.uuid("superseded_by"),
                r.string("revocation_reason"), r.instant("revoked_at"), r.string("revoked_by"), r.instant("department_notified_at"),
                r.string("department_document"), r.int8("version"), r.instant("created_at"), r.string("created_by"),
                r.instant("updated_at"), r.string("updated_by"));
    }

    static SpokespersonResponse of(Spokesperson s) {
        return new SpokespersonResponse(s.id, s.agencyId, s.kind, s.fullName, s.title, s.phone, s.email,
                s.document, s.validFrom, s.validTo, s.status, s.supersededBy,
                s.revocationReason, s.revokedAt, s.revokedBy, s.departmentNotifiedAt, s.departmentDocument, s.version, s.stamp.createdAt(),
                s.stamp.createdBy(), s.stamp.updatedAt(), s.stamp.updatedBy());
    }
}
