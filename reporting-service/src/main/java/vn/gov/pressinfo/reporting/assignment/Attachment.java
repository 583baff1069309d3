package vn.gov.pressinfo.reporting.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Metadata of a document attached to a report (the signed report itself, annexes). The file is kept elsewhere. */
@Schema(name = "Attachment", description = "Metadata of an attached document (the file itself is kept by the document system).")
public record Attachment(
        @Schema(description = "File name.", example = "bao-cao-phat-ngon-2025.pdf", maxLength = 255)
        @NotBlank @Size(max = 255) String fileName,
        @Schema(description = "SHA-256 of the file, lower-case hex.", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits (SHA-256)") String sha256,
        @Schema(description = "Who signed it.", example = "Nguyễn Văn A, Giám đốc", maxLength = 300)
        @Size(max = 300) String signer,
        @Schema(description = "Date of signature.", example = "2025-12-16")
        LocalDate signedOn,
        @Schema(description = "Size in bytes, at most 1 GiB.", example = "184320")
        @PositiveOrZero @Max(Attachment.MAX_SIZE_BYTES) Long sizeBytes) {

    /** 1 GiB: far above a signed report with its annexes. */
    public static final long MAX_SIZE_BYTES = 1L << 30;
}
