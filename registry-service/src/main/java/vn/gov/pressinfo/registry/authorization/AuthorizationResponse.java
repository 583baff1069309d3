package vn.gov.pressinfo.registry.authorization;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.registry.LegalDocument;
import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "Authorization", description = "An authorization to speak for an agency on one matter, from validFrom through validTo (inclusive).")
public record AuthorizationResponse(
        @Schema(example = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f") UUID id,
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(example = "Trần Văn Minh", maxLength = 200) String fullName,
        @Schema(example = "Phó Chủ tịch UBND xã", maxLength = 300) String title,
        @Schema(example = "+84 912 345 678", maxLength = 30) String phone,
        @Schema(example = "tranvanminh@kiengiang.gov.vn", maxLength = 254) String email,
        @Schema(example = "Phát ngôn về công tác phòng, chống thiên tai năm 2026", maxLength = 1000) String scope,
        LegalDocument document,
        @Schema(example = "2026-06-01") LocalDate validFrom,
        @Schema(description = "Last day (inclusive).", example = "2026-08-31") LocalDate validTo,
        AuthorizationStatus status,
        @Schema(description = "First day on which a revoked authorization no longer applied.", example = "2026-07-15") LocalDate revokedFrom,
        @Schema(example = "Đã hoàn thành nhiệm vụ", maxLength = 1000) String revocationReason,
        @Schema(description = "Version; also the ETag.", example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "2026-06-01T01:00:00Z") Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy,
        @Schema(example = "2026-06-01T01:00:00Z") Instant updatedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String updatedBy) {

    /** The columns {@link #of(Rows)} reads, from table {@code spokesperson_authorization z}. */
    static final String COLUMNS = "z.id, z.agency_id, z.full_name, z.title, z.phone, z.email, z.scope, z.document_number, "
            + "z.document_date, z.document_signer, z.valid_from, z.valid_to, z.status, z.revoked_from, z.revocation_reason, z.version, "
            + "z.created_at, z.created_by, z.updated_at, z.updated_by";

    static AuthorizationResponse of(Rows r) throws SQLException {
        return new AuthorizationResponse(r.uuid("id"), r.uuid("agency_id"), r.string("full_name"), r.string("title"), r.string("phone"),
                r.string("email"), r.string("scope"),
                new LegalDocument(r.string("document_number"), r.date("document_date"), r.string("document_signer")),
                r.date("valid_from"), r.date("valid_to"), r.enumOf(AuthorizationStatus.class, "status"), r.date("revoked_from"),
                r.string("revocation_reason"), r.int8("version"), r.instant("created_at"), r.string("created_by"),
                r.instant("updated_at"), r.string("updated_by"));
    }

    static AuthorizationResponse of(Authorization a) {
        return new AuthorizationResponse(a.id, a.agencyId, a.fullName, a.title, a.phone, a.email, a.scope,
                a.document, a.validFrom, a.validTo, a.status, a.revokedFrom,
                a.revocationReason, a.version, a.stamp.createdAt(), a.stamp.createdBy(), a.stamp.updatedAt(), a.stamp.updatedBy());
    }
}
