package vn.gov.pressinfo.registry.press;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "PressAgency", description = "A press agency (cơ quan báo chí) with its audit fields.")
public record PressAgencyResponse(
        @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID id,
        @Schema(example = "Báo Kiên Giang", maxLength = 300) String name,
        PressMedium medium,
        @Schema(example = "Tỉnh ủy Kiên Giang", maxLength = 300) String governingBody,
        Licence licence,
        @Schema(format = "uri", example = "https://baokiengiang.vn", maxLength = 2000) String website,
        PressAgencyStatus status,
        @Schema(description = "Version; also the ETag.", example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "2026-11-22T02:30:00Z") Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy,
        @Schema(example = "2026-11-22T02:30:00Z") Instant updatedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String updatedBy) {

    /** The columns {@link #of(Rows)} reads, from table {@code press_agency p}. */
    static final String COLUMNS = "p.id, p.name, p.medium, p.governing_body, p.licence_number, p.licence_date, p.licence_issuer, "
            + "p.website, p.status, p.version, p.created_at, p.created_by, p.updated_at, p.updated_by";

    static PressAgencyResponse of(Rows r) throws SQLException {
        return new PressAgencyResponse(r.uuid("id"), r.string("name"), r.enumOf(PressMedium.class, "medium"), r.string("governing_body"),
                new Licence(r.string("licence_number"), r.date("licence_date"), r.string("licence_issuer")), r.string("website"),
                r.enumOf(PressAgencyStatus.class, "status"), r.int8("version"), r.instant("created_at"), r.string("created_by"),
                r.instant("updated_at"), r.string("updated_by"));
    }

    static PressAgencyResponse of(PressAgency p) {
        return new PressAgencyResponse(p.id, p.name, p.medium, p.governingBody, p.licence(), p.website, p.status, p.version,
                p.stamp.createdAt(), p.stamp.createdBy(), p.stamp.updatedAt(), p.stamp.updatedBy());
    }
}
