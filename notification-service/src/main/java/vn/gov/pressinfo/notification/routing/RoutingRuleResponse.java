package vn.gov.pressinfo.notification.routing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoutingRule", description = "Who receives events of one type.")
public record RoutingRuleResponse(
        @Schema(description = "CloudEvents type.", example = "vn.gov.pressinfo.reporting.ReportOverdue.v1", maxLength = 200) String eventType,
        @Schema(description = "Kinds of recipient; empty when the type is not notified.", example = "[\"AGENCY\", \"DEPARTMENT\", \"SUBSCRIBERS\"]",
                maxItems = 3)
        List<RecipientKind> recipientKinds,
        @Schema(description = "Kinds reached only when a field of the event data has a value; the other kinds are reached by every event of the type.",
                maxItems = 3)
        List<Condition> conditions,
        @Schema(description = "The top-level field of the event data that names the agency an AGENCY rule reaches; null: agencyIds "
                + "(a list) or agencyId.", example = "toAgencyId", maxLength = 100)
        String agencyField) {

    /** A recipient kind reached only when the top-level field {@code field} of the event data equals {@code value}. */
    @Schema(name = "RoutingCondition", description = "A recipient kind reached only when a top-level field of the event data has a given value.")
    public record Condition(
            @Schema(example = "DEPARTMENT") RecipientKind recipientKind,
            @Schema(description = "Top-level field of the event data.", example = "level", maxLength = 100) String field,
            @Schema(description = "The value it must have.", example = "VERY_OVERDUE", maxLength = 200) String value) {
    }
}
