package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.pressresponse.statement.InformationForm;

/** The request bodies of the press inquiry endpoints. */
public final class InquiryRequests {

    private InquiryRequests() {
    }

    /** A journalist's request for information, as the agency (or the provincial portal) registers it. */
    @Schema(name = "RegisterPressInquiryRequest", description = "A journalist's request for information to an agency.")
    public record Register(
            @Schema(description = "The agency asked (from registry); its clock runs.", example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d")
            @NotNull UUID agencyId,
            @Schema(description = "The journalist's press agency in the registry, when it is one.", example = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d")
            UUID pressAgencyId,
            @Schema(description = "Name of the press agency or outlet.", example = "Báo Kiên Giang", maxLength = 200)
            @NotBlank @Size(max = 200) String outletName,
            @Schema(description = "The journalist's full name.", example = "Lê Minh Tâm", maxLength = 200)
            @NotBlank @Size(max = 200) String journalistName,
            @Schema(description = "Press card number shown (thẻ nhà báo); checked against the registry's press cards. "
                    + "Give it or introductionLetter; an unknown, suspended or revoked card is accepted and flagged.",
                    example = "HN-12345", maxLength = 50, pattern = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")
            @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*", message = "must be letters and digits in groups joined by single hyphens, e.g. HN-12345")
            String pressCardNumber,
            @Schema(description = "Reference of the press agency's letter of introduction (giấy giới thiệu), when no card is shown.",
                    example = "Giấy giới thiệu số 45/GGT-BKG ngày 20/11/2026", maxLength = 300)
            @Size(max = 300) String introductionLetter,
            @Schema(description = "How the inquiry arrived: EMAIL (thư điện tử), PHONE (điện thoại), IN_PERSON (trực tiếp), "
                    + "OFFICIAL_LETTER (công văn), PROVINCIAL_PORTAL (cổng thông tin điện tử tỉnh).", example = "EMAIL")
            @NotNull InquiryChannel channel,
            @Schema(description = "What the inquiry is about.", example = "Tiến độ xây dựng Bệnh viện Đa khoa tỉnh", maxLength = 500)
            @NotBlank @Size(max = 500) String subject,
            @Schema(description = "The questions, 1 to 20, in the journalist's words.", minItems = 1, maxItems = 20)
            @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 4000) String> questions,
            @Schema(description = "When the agency received it (UTC); may lie in the past (letters are registered late) but not "
                    + "in the future. The clock runs from this day. Defaults to now.", example = "2026-11-23T02:15:00Z")
            Instant receivedAt) {
    }

    /** Who will answer. */
    @Schema(name = "PressInquiryAssignment", description = "The person who will answer: the agency's spokesperson or head, or someone "
            + "holding an authorization in force, by the email the registry has for them.")
    public record Assignment(
            @Schema(description = "Email of the spokesperson, head or authorized spokesperson, as recorded in the registry.",
                    example = "nguyenvanan@soyte.kiengiang.gov.vn", maxLength = 254)
            @NotBlank @Email @Size(max = 254) String spokespersonEmail,
            @Schema(description = "Why this person.", example = "Giao người phát ngôn của Sở trả lời", maxLength = 2000)
            @Size(max = 2000) String note) {
    }

    /** What the agency asks the journalist to clarify. */
    @Schema(name = "PressInquiryClarificationRequest", description = "A question back to the journalist; the clock pauses until the answer.")
    public record ClarificationRequest(
            @Schema(description = "What must be clarified.", example = "Đề nghị nêu rõ dự án và giai đoạn cần thông tin.", maxLength = 2000)
            @NotBlank @Size(max = 2000) String question) {
    }

    /** A short note on a step. */
    @Schema(name = "PressInquiryNote", description = "A note on a step.")
    public record Note(
            @Schema(description = "What happened.", example = "Phóng viên đã bổ sung nội dung câu hỏi qua thư điện tử.", maxLength = 2000)
            @NotBlank @Size(max = 2000) String note) {
    }

    /** A question of a partial answer that is refused, with its grounds. */
    @Schema(name = "QuestionRefusal", description = "One question refused on legal grounds.")
    public record QuestionRefusal(
            @Schema(description = "Number of the question, from 1.", example = "2", minimum = "1", maximum = "20")
            @NotNull @Min(1) @Max(20) Integer question,
            @Schema(description = "Codes of the legal grounds in force that day (GET /api/v1/refusal-grounds); at least one.",
                    example = "[\"UNDER_INVESTIGATION\"]", maxItems = 7)
            @Size(max = 7) List<@NotBlank @Size(max = 50) String> grounds,
            @Schema(description = "Why the grounds apply.", example = "Nội dung đang được Công an tỉnh điều tra.", maxLength = 2000)
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** The agency's answer. */
    @Schema(name = "PressInquiryAnswer", description = "The answer, wholly or with some questions refused on legal grounds.")
    public record Answer(
            @Schema(description = "The form of providing information (Decree 09/2017 Art. 4).", example = "WRITTEN_ANSWER")
            @NotNull InformationForm form,
            @Schema(description = "The information given.", example = "Dự án đã hoàn thành 85% khối lượng, dự kiến đưa vào sử dụng quý II/2027.",
                    maxLength = 20000)
            @NotBlank @Size(max = 20000) String answer,
            @Schema(description = "Email of the person who gave the answer: the spokesperson, the head or an authorized "
                    + "spokesperson on that day, as recorded in the registry.", example = "nguyenvanan@soyte.kiengiang.gov.vn", maxLength = 254)
            @NotBlank @Email @Size(max = 254) String spokespersonEmail,
            @Schema(description = "When it was given (UTC); defaults to now; not in the future, not before the receipt.",
                    example = "2026-11-26T08:00:00Z")
            Instant answeredAt,
            @Schema(description = "Questions refused on legal grounds; the inquiry is then PARTIALLY_ANSWERED.", maxItems = 20)
            @Size(max = 20) List<@Valid @NotNull QuestionRefusal> refusedQuestions) {
    }

    /** A refusal of the whole inquiry. */
    @Schema(name = "PressInquiryRefusal", description = "A refusal to provide information, citing at least one legal ground.")
    public record Refusal(
            @Schema(description = "Codes of the legal grounds in force that day (GET /api/v1/refusal-grounds); at least one, "
                    + "else 422.", type = SchemaType.ARRAY, example = "[\"UNDER_INVESTIGATION\"]", maxItems = 7)
            @Size(max = 7) List<@NotBlank @Size(max = 50) String> grounds,
            @Schema(description = "Why the grounds apply.", example = "Vụ án đang trong giai đoạn điều tra, chưa có kết luận.", maxLength = 2000)
            @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "Email of the spokesperson, head or authorized spokesperson who refused.",
                    example = "phamquochung@congan.kiengiang.gov.vn", maxLength = 254)
            @NotBlank @Email @Size(max = 254) String spokespersonEmail,
            @Schema(description = "When (UTC); defaults to now; not in the future, not before the receipt.", example = "2026-11-25T03:00:00Z")
            Instant refusedAt) {
    }

    /** A transfer to the competent agency. */
    @Schema(name = "PressInquiryTransfer", description = "The competent agency that will answer instead; its clock starts anew.")
    public record Transfer(
            @Schema(description = "The competent agency (from registry).", example = "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d")
            @NotNull UUID toAgencyId,
            @Schema(description = "Why it is competent.", example = "Thuộc thẩm quyền quản lý của Sở Văn hóa, Thể thao và Du lịch.", maxLength = 2000)
            @NotBlank @Size(max = 2000) String reason) {
    }
}
