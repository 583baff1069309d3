package vn.gov.pressinfo.registry.regulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegulationRevision", description = "One recorded version of a spokesperson regulation: who recorded it, when, "
        + "why, and which fields it changed from the previous version (all fields for the first one).")
public record RegulationRevisionResponse(
        @Schema(description = "Version of the regulation this revision produced.", example = "1", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "2026-11-22T02:30:00Z") Instant recordedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String recordedBy,
        @Schema(example = "Sửa ngày hiệu lực theo bản gốc", maxLength = 1000) String reason,
        @Schema(maxItems = 50) List<Change> changes) {

    @Schema(name = "RegulationChange", description = "One field changed by a revision; values as in the API (dates as YYYY-MM-DD).")
    public record Change(
            @Schema(example = "effectiveFrom", maxLength = 1000) String field,
            @Schema(example = "2021-04-01", maxLength = 2000) String from,
            @Schema(example = "2021-04-15", maxLength = 2000) String to) {
    }

    /** The revisions, oldest first, each with what it changed from the one before. */
    static List<RegulationRevisionResponse> listOf(List<RegulationRevision> revisions) {
        List<RegulationRevisionResponse> out = new ArrayList<>(revisions.size());
        Map<String, String> previous = Map.of();
        for (RegulationRevision revision : revisions) {
            Map<String, String> fields = revision.fields();
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                String before = previous.get(field.getKey());
                if (!Objects.equals(before, field.getValue())) {
                    changes.add(new Change(field.getKey(), before, field.getValue()));
                }
            }
            out.add(new RegulationRevisionResponse(revision.regulationVersion, revision.recordedAt, revision.recordedBy,
                    revision.reason, changes));
            previous = fields;
        }
        return out;
    }
}
