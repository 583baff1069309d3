package vn.gov.pressinfo.pressresponse.statement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A statement as an agency records it. {@code public} is a Java keyword, hence the component name {@code isPublic} with
 * the JSON name {@code public}; its presence is checked by the resource so the error names the JSON field.
 */
@Schema(name = "RecordStatementRequest", description = "One act of providing information to the press, in one of the six forms of "
        + "Decree 09/2017 Art. 4.")
public record RecordStatementRequest(
        @Schema(description = "The agency that spoke (from registry).", example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d")
        @NotNull UUID agencyId,
        @Schema(description = "The form: PRESS_CONFERENCE (họp báo), PORTAL_POSTING (đăng tải trên cổng/trang thông tin điện tử), "
                + "INTERVIEW (phát ngôn trực tiếp, trả lời phỏng vấn), WRITTEN_ANSWER (thông cáo báo chí, trả lời bằng văn bản), "
                + "PRESS_BRIEFING (giao ban báo chí), PUBLICATION_REQUEST (đề nghị đăng phản hồi, cải chính).", example = "PRESS_CONFERENCE")
        @NotNull InformationForm form,
        @Schema(description = "Title.", example = "Họp báo thông tin kinh tế - xã hội quý IV năm 2026", maxLength = 500)
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Summary or full text.", example = "Tăng trưởng kinh tế quý IV đạt 7,2%; tỉnh đã giải ngân 95% vốn đầu tư công.",
                maxLength = 50000)
        @NotBlank @Size(max = 50000) String content,
        @Schema(description = "Email of the person who spoke: the agency's spokesperson, head or an authorized spokesperson on the "
                + "day of issuedAt (Asia/Ho_Chi_Minh), as recorded in the registry; else 422.",
                example = "nguyenvanan@soyte.kiengiang.gov.vn", maxLength = 254)
        @NotBlank @Email @Size(max = 254) String spokespersonEmail,
        @Schema(description = "When it was held or issued (UTC); defaults to now; not in the future.", example = "2026-11-26T08:00:00Z")
        Instant issuedAt,
        @Schema(description = "Press agencies present (press conference) or addressed (press release, written answer).", maxItems = 200,
                example = "[\"Báo Kiên Giang\", \"Đài Phát thanh và Truyền hình Kiên Giang\"]")
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> pressAgencies,
        @Schema(description = "The press inquiry it answers; it must be addressed to the same agency, else 422.",
                example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
        UUID inquiryId,
        @Schema(description = "The incident (vụ việc đột xuất, bất thường) it speaks about, stored as given.",
                example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
        UUID incidentId,
        @Schema(description = "The false-information case it answers; the agency must be concerned by or responsible for it, else 422.",
                example = "7e6d5c4b-3a2f-4e1d-8c0b-9a8f7e6d5c4b")
        UUID caseId,
        @Schema(description = "Published on the public feed (GET /api/v1/public/statements) when true.", required = true, example = "true")
        @JsonProperty("public") Boolean isPublic) {
}
