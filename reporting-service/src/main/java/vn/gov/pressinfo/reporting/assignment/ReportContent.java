package vn.gov.pressinfo.reporting.assignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an agency reports: indicator values by key, narrative sections and attached documents. */
@Schema(name = "ReportContent", description = "Indicator values by key (checked against the request's template), narrative and attachments.")
public record ReportContent(
        @Schema(type = SchemaType.OBJECT, description = "Indicator values by key: integers, percentages (0–100), booleans, or lists of the six forms of providing information.",
                example = "{\"pressConferences\": 4, \"citizenQuestionsOnTime\": 100, \"spokespersonTrained\": true, \"formsUsed\": [\"PRESS_CONFERENCE\"]}")
        @Size(max = 100) Map<String, Object> indicators,
        @Valid Narrative narrative,
        @Size(max = 20) List<@Valid @NotNull Attachment> attachments) {

    public static final ReportContent EMPTY = new ReportContent(Map.of(), Narrative.EMPTY, List.of());

    public ReportContent {
        indicators = indicators == null ? new LinkedHashMap<>() : new LinkedHashMap<>(indicators);
        narrative = narrative == null ? Narrative.EMPTY : narrative;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
