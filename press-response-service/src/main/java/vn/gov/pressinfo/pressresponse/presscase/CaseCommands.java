package vn.gov.pressinfo.pressresponse.presscase;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the case workflow's commands. */
public final class CaseCommands {

    private CaseCommands() {
    }

    @Schema(name = "Assignment", description = "Assigns the case to a responsible agency (the current one when absent).")
    public record Assignment(
            @Schema(description = "The responsible agency; absent keeps the current one (the concerned agency by default).")
            UUID agencyId,
            @Schema(description = "Why.", example = "Giao Sở Y tế chủ trì xác minh", maxLength = 2000) @Size(max = 2000) String note) {
    }

    @Schema(name = "Note", description = "A note on the step.")
    public record Note(
            @Schema(description = "Why, or what was done.", example = "Bắt đầu xác minh với Trung tâm Kiểm soát bệnh tật", maxLength = 2000)
            @Size(max = 2000) String note) {
    }

    @Schema(name = "VerdictRequest", description = "The outcome of verification.")
    public record VerdictRequest(
            @Schema(description = "ACCURATE, INACCURATE, FALSE or MISLEADING.", example = "FALSE") @NotNull Verdict verdict,
            @Schema(description = "Why: what was checked and found.", example = "Sở Y tế xác nhận không có ca tử vong nào.", maxLength = 5000)
            @NotBlank @Size(max = 5000) String reasoning,
            @Schema(description = "Links to the evidence (official documents, data).", maxItems = 20)
            @Size(max = 20) List<@NotBlank @Size(max = 2000) @Pattern(regexp = "[hH][tT][tT][pP][sS]?://\\S+",
                    message = "must be an absolute http or https address") String> evidenceLinks) {
    }

    @Schema(name = "RemedyReport", description = "The agency's report that the issue raised by an accurate item was remedied.")
    public record RemedyReport(
            @Schema(description = "What was done.", example = "Đã sửa chữa đoạn đường bị sạt lở và thông báo cho người dân.", maxLength = 5000)
            @NotBlank @Size(max = 5000) String report) {
    }

    @Schema(name = "Escalation", description = "Escalation of a case whose correction was not obtained.")
    public record Escalation(
            @Schema(description = "Kind of escalation.", example = "SANCTION_PROPOSAL") @NotNull EscalationKind kind,
            @Schema(description = "Why and to whom.", example = "Đề nghị xử phạt theo Nghị định 119/2020/NĐ-CP.", maxLength = 2000)
            @NotBlank @Size(max = 2000) String note) {
    }

    @Schema(name = "Closure", description = "Closes the case with an outcome.")
    public record Closure(
            @Schema(description = "How the case ended.", example = "CORRECTED") @NotNull Outcome outcome,
            @Schema(description = "Why.", example = "Báo đã cải chính đúng quy định.", maxLength = 2000) @Size(max = 2000) String note) {
    }
}
