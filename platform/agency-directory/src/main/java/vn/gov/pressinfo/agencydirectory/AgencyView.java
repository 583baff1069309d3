package vn.gov.pressinfo.agencydirectory;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

/** An agency as this service knows it (read-only copy of registry-service's data). */
@Schema(name = "AgencyReference", description = "An agency as this service knows it from registry-service's events (read-only).")
public record AgencyView(
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID id,
        @Schema(example = "KG-12", maxLength = 50) String code,
        @Schema(example = "Sở Thông tin và Truyền thông", maxLength = 300) String name,
        @Schema(example = "DEPARTMENT", maxLength = 50) String type,
        @Schema(example = "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID parentId,
        @Schema(example = "ACTIVE", enumeration = {"ACTIVE", "DISSOLVED"}) String status,
        @Schema(example = "2020-01-01") LocalDate validFrom,
        @Schema(example = "2", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "2026-11-22T02:30:00Z") Instant changedAt) {

    /** The columns {@link #of(Rows)} reads, from table {@code agency_reference a}. */
    static final String COLUMNS = "a.id, a.code, a.name, a.type_code, a.parent_id, a.status, a.valid_from, a.version, a.changed_at";

    static AgencyView of(Rows r) throws SQLException {
        return new AgencyView(r.uuid("id"), r.string("code"), r.string("name"), r.string("type_code"), r.uuid("parent_id"),
                r.string("status"), r.date("valid_from"), r.int8("version"), r.instant("changed_at"));
    }

    /** The response body of one agency. */
    public static AgencyView of(AgencyReference a) {
        return new AgencyView(a.id, a.code, a.name, a.type, a.parentId, a.status, a.validFrom, a.version, a.changedAt);
    }
}
