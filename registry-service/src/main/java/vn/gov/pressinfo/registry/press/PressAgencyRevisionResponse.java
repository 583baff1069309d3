package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PressAgencyRevision", description = "One recorded version of a press agency: who recorded it, when, why, and "
        + "which fields it changed from the previous version (all fields for the first one).")
public record PressAgencyRevisionResponse(
        @Schema(description = "Version of the press agency this revision produced.", example = "1", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "2026-11-22T02:30:00Z") Instant recordedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String recordedBy,
        @Schema(example = "Cấp lại giấy phép", maxLength = 1000) String reason,
        @Schema(maxItems = 50) List<Change> changes) {

    @Schema(name = "PressAgencyChange", description = "One field changed by a revision; licence fields as licence.number, "
            + "licence.date, licence.issuer.")
    public record Change(
            @Schema(example = "licence.number", maxLength = 1000) String field,
            @Schema(example = "123/GP-BTTTT", maxLength = 2000) String from,
            @Schema(example = "456/GP-BVHTTDL", maxLength = 2000) String to) {
    }

    /** The revisions, oldest first, each with what it changed from the one before. */
    static List<PressAgencyRevisionResponse> listOf(List<PressAgencyRevision> revisions) {
        List<PressAgencyRevisionResponse> out = new ArrayList<>(revisions.size());
        Map<String, String> previous = Map.of();
        for (PressAgencyRevision revision : revisions) {
            Map<String, String> fields = revision.fields();
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                String before = previous.get(field.getKey());
                if (!Objects.equals(before, field.getValue())) {
                    changes.add(new Change(field.getKey(), before, field.getValue()));
                }
            }
            out.add(new PressAgencyRevisionResponse(revision.pressAgencyVersion, revision.recordedAt, revision.recordedBy,
                    revision.reason, changes));
            previous = fields;
        }
        return out;
    }
}
