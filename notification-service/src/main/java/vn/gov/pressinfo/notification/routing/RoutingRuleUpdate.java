package vn.gov.pressinfo.notification.routing;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(name = "RoutingRuleUpdate", description = "The complete set of recipient kinds for one event type (replaces the current set).")
public record RoutingRuleUpdate(
        @Schema(description = "AGENCY, DEPARTMENT and/or SUBSCRIBERS; empty to stop notifying this type.", example = "[\"AGENCY\", \"DEPARTMENT\"]")
        @NotNull @Size(max = 3)
        Set<@NotNull RecipientKind> recipientKinds) {
}
