package vn.gov.pressinfo.pressresponse.statement;

import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public statement as the public feed shows it: who spoke, when, in which form, and where it is published. */
@Schema(name = "PublicStatement", description = "A public statement of an agency, as the provincial portal and the press see it.")
public record PublicStatement(
        @Schema(example = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e") UUID id,
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(example = "Sở Y tế", maxLength = 300) String agencyName,
        @Schema(example = "PRESS_CONFERENCE") InformationForm form,
        @Schema(description = "The form in Vietnamese.", example = "Họp báo", maxLength = 100) String formLabel,
        @Schema(example = "Họp báo thông tin kinh tế - xã hội quý IV năm 2026", maxLength = 500) String title,
        @Schema(description = "Summary or full text.", example = "Tăng trưởng kinh tế quý IV đạt 7,2%.", maxLength = 50000) String content,
        @Schema(example = "Nguyễn Văn An", maxLength = 200) String spokespersonName,
        @Schema(example = "2026-11-26T08:00:00Z") Instant issuedAt,
        @Schema(maxItems = 200) List<@Size(max = 200) String> pressAgencies,
        @Schema(description = "The incident it speaks about, if any.") UUID incidentId,
        @Schema(description = "The false-information case it answers, if any.") UUID caseId,
        @Schema(description = "The public page of the statement.", example = "https://pressinfo.gov.vn/phan-hoi/phat-ngon/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", maxLength = 2000)
        String url) {

    static PublicStatement of(StatementResponse s, String url) {
        return new PublicStatement(s.id(), s.agencyId(), s.agencyName(), s.form(), s.formLabel(), s.title(), s.content(),
                s.spokespersonName(), s.issuedAt(), s.pressAgencies(), s.incidentId(), s.caseId(), url);
    }
}
