package vn.gov.pressinfo.pressresponse.statement;

import jakarta.validation.constraints.Size;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.gov.pressinfo.web.list.Rows;

/** A recorded statement, as authenticated callers see it. */
@Schema(name = "Statement", description = "A recorded statement (phát ngôn, cung cấp thông tin cho báo chí).")
public record StatementResponse(
        @Schema(example = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e") UUID id,
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(example = "Sở Y tế", maxLength = 300) String agencyName,
        @Schema(example = "PRESS_CONFERENCE") InformationForm form,
        @Schema(description = "The form in Vietnamese.", example = "Họp báo", maxLength = 100) String formLabel,
        @Schema(example = "Họp báo thông tin kinh tế - xã hội quý IV năm 2026", maxLength = 500) String title,
        @Schema(description = "Summary or full text.", maxLength = 50000) String content,
        @Schema(example = "Nguyễn Văn An", maxLength = 200) String spokespersonName,
        @Schema(example = "nguyenvanan@soyte.kiengiang.gov.vn", maxLength = 254) String spokespersonEmail,
        @Schema(example = "2026-11-26T08:00:00Z") Instant issuedAt,
        @Schema(maxItems = 200) List<@Size(max = 200) String> pressAgencies,
        @Schema(description = "The inquiry it answers, if any.") UUID inquiryId,
        @Schema(description = "The incident it speaks about, if any.") UUID incidentId,
        @Schema(description = "The false-information case it answers, if any.") UUID caseId,
        @Schema(description = "On the public feed.", example = "true") @JsonProperty("public") boolean isPublic,
        @Schema(example = "2026-11-26T09:15:00Z") Instant recordedAt,
        @Schema(description = "Who recorded it (token subject).", example = "officer@soyte.kiengiang.gov.vn", maxLength = 255) String recordedBy) {

    /** The columns {@link #of(Rows)} reads, from table {@code statement s}. */
    static final String COLUMNS = "s.id, s.agency_id, s.agency_name, s.form, s.title, s.content, s.spokesperson_name, s.spokesperson_email, "
            + "s.issued_at, s.press_agencies, s.inquiry_id, s.incident_id, s.case_id, s.is_public, s.recorded_at, s.recorded_by";

    static StatementResponse of(Rows r) throws SQLException {
        InformationForm form = r.enumOf(InformationForm.class, "form");
        return new StatementResponse(r.uuid("id"), r.uuid("agency_id"), r.string("agency_name"), form, form.label(), r.string("title"),
                r.string("content"), r.string("spokesperson_name"), r.string("spokesperson_email"), r.instant("issued_at"),
                r.strings("press_agencies"), r.uuid("inquiry_id"), r.uuid("incident_id"), r.uuid("case_id"), r.bool("is_public"),
                r.instant("recorded_at"), r.string("recorded_by"));
    }

    public static StatementResponse of(Statement s) {
        return new StatementResponse(s.id, s.agencyId, s.agencyName, s.form, s.form.label(), s.title, s.content, s.spokespersonName,
                s.spokespersonEmail, s.issuedAt, s.pressAgencies == null ? List.of() : List.of(s.pressAgencies), s.inquiryId,
                s.incidentId, s.caseId, s.isPublic, s.recordedAt, s.recordedBy);
    }
}
