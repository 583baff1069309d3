package vn.gov.pressinfo.reporting.request;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which agencies a request asks: a list, or every active agency of some types and/or under a parent. */
@Schema(name = "Targets", description = "The agencies asked: either agencyIds, or every ACTIVE agency matching types and/or parentId.")
public record TargetAgencies(
        @Schema(description = "Agencies by id.")
        @Size(max = 20000) List<@NotNull UUID> agencyIds,
        @Schema(description = "Agency type codes, e.g. DEPARTMENT, COMMUNE.", example = "[\"DEPARTMENT\", \"COMMUNE\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> types,
        @Schema(description = "Only agencies directly under this parent.")
        UUID parentId) {

    boolean byList() {
        return agencyIds != null && !agencyIds.isEmpty();
    }

    boolean byQuery() {
        return (types != null && !types.isEmpty()) || parentId != null;
    }
}
