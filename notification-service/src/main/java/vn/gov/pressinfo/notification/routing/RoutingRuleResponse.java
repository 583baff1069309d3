package vn.gov.pressinfo.notification.routing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoutingRule", description = "Who receives events of one type.")
public record RoutingRuleResponse(
        @Schema(description = "CloudEvents type.", example = "vn.gov.pressinfo.reporting.ReportOverdue.v1") String eventType,
        @Schema(description = "Kinds of recipient; empty when the type is not notified.", example = "[\"AGENCY\", \"DEPARTMENT\", \"SUBSCRIBERS\"]")
        List<RecipientKind> recipientKinds) {
}
