package vn.gov.pressinfo.registry.agency;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "Agency", description = "An agency with its current attributes and audit fields; listed with `on`, the attributes of "
        + "the version valid on that date (validFrom its start, version its number, updatedAt/updatedBy when it was recorded).")
public record AgencyResponse(
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID id,
        @Schema(example = "KG-12", maxLength = 50) String code,
        @Schema(example = "Sở Thông tin và Truyền thông", maxLength = 300) String name,
        @Schema(example = "DEPARTMENT", maxLength = 200) String type,
        @Schema(example = "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID parentId,
        AgencyStatus status,
        @Schema(example = "2020-01-01") LocalDate validFrom,
        @Schema(description = "Version; also the ETag.", example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "2026-11-22T02:30:00Z") Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy,
        @Schema(example = "2026-11-22T02:30:00Z") Instant updatedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String updatedBy) {

    /** The columns {@link #of(Rows)} reads, from table {@code agency a}. */
    static final String COLUMNS = "a.id, a.code, a.name, a.type_code, a.parent_id, a.status, a.valid_from, a.version, a.created_at, "
            + "a.created_by, a.updated_at, a.updated_by";

    /**
     * The columns {@link #of(Rows)} reads for the agency as the version valid on a date shows it, from
     * {@code agency_version v JOIN agency a}: the version's attributes, its number as version and its recording as the
     * update, the agency's creation.
     */
    static final String AS_OF_COLUMNS = "v.agency_id AS id, v.code, v.name, v.type_code, v.parent_id, v.status, v.valid_from, "
            + "v.agency_version AS version, a.created_at, a.created_by, v.recorded_at AS updated_at, v.recorded_by AS updated_by";

    static AgencyResponse of(Rows r) throws SQLException {
        return new AgencyResponse(r.uuid("id"), r.string("code"), r.string("name"), r.string("type_code"), r.uuid("parent_id"),
                r.enumOf(AgencyStatus.class, "status"), r.date("valid_from"), r.int8("version"), r.instant("created_at"),
                r.string("created_by"), r.instant("updated_at"), r.string("updated_by"));
    }

    static AgencyResponse of(Agency a) {
        return new AgencyResponse(a.id, a.code, a.name, a.type, a.parentId, a.status, a.validFrom, a.version, a.stamp.createdAt(),
                a.stamp.createdBy(), a.stamp.updatedAt(), a.stamp.updatedBy());
    }
}
