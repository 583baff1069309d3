package vn.gov.pressinfo.registry.press;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "PressCard", description = "A press card (thẻ nhà báo).")
public record PressCardResponse(
        @Schema(example = "HN-12345", maxLength = 100) String number,
        @Schema(example = "Lê Minh Tâm", maxLength = 200) String holderName,
        @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID pressAgencyId,
        @Schema(example = "2025-12-31") LocalDate validUntil,
        @Schema(example = "2026-11-22T02:30:00Z") Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy,
        @Schema(description = "ACTIVE, SUSPENDED (tạm đình chỉ) or REVOKED (thu hồi, final).", example = "ACTIVE") PressCardStatus status,
        @Schema(description = "The decision behind a suspension or revocation; absent while ACTIVE.", example = "Quyết định 12/QĐ-BVHTTDL", maxLength = 500)
        String statusReason,
        @Schema(description = "The note given with the last status change, if any.", example = "Vi phạm quy định về hoạt động báo chí", maxLength = 2000)
        String statusNote,
        @Schema(description = "When the status last changed (the recording of the card counts).", example = "2026-11-22T02:30:00Z")
        Instant statusChangedAt,
        @Schema(description = "Who last changed the status.", example = "press-admin-user", maxLength = 255) String statusChangedBy) {

    /** The columns {@link #of(Rows)} reads, from table {@code press_card c}. */
    static final String COLUMNS = "c.number, c.holder_name, c.press_agency_id, c.valid_until, c.created_at, c.created_by, c.status, "
            + "c.status_reason, c.status_note, c.status_changed_at, c.status_changed_by";

    static PressCardResponse of(Rows r) throws SQLException {
        return new PressCardResponse(r.string("number"), r.string("holder_name"), r.uuid("press_agency_id"), r.date("valid_until"),
                r.instant("created_at"), r.string("created_by"), r.enumOf(PressCardStatus.class, "status"), r.string("status_reason"),
                r.string("status_note"), r.instant("status_changed_at"), r.string("status_changed_by"));
    }

    static PressCardResponse of(PressCard c) {
        return new PressCardResponse(c.number, c.holderName, c.pressAgencyId, c.validUntil, c.stamp.createdAt(), c.stamp.createdBy(), c.status,
                c.statusReason, c.statusNote, c.statusChangedAt, c.statusChangedBy);
    }
}
