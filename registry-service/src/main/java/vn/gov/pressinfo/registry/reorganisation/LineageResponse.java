package vn.gov.pressinfo.registry.reorganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyStatus;

@Schema(name = "AgencyLineage", description = "The agencies reached by following reorganisation links from one agency, and the links followed.")
public record LineageResponse(
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(description = "Successors: the active agencies that carry on the work now. Predecessors: the earliest agencies.", maxItems = 10000) List<Summary> agencies,
        @Schema(description = "Every link followed, nearest first.", maxItems = 10000) List<Step> chain,
        @Schema(description = "Whether the walk stopped at its depth bound before the ends of the chains.") boolean truncated) {

    @Schema(name = "AgencySummary", description = "An agency's current id, code, name and status.")
    public record Summary(
            @Schema(example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID agencyId,
            @Schema(example = "KG-KHCN", maxLength = 50) String code,
            @Schema(example = "Sở Khoa học và Công nghệ", maxLength = 300) String name,
            AgencyStatus status) {

        static Summary of(Agency a) {
            return new Summary(a.id, a.code, a.name, a.status);
        }
    }

    @Schema(name = "LineageStep", description = "One predecessor → successor link and the reorganisation that made it.")
    public record Step(
            @Schema(description = "1 for a link of the agency itself, 2 for the next reorganisation, and so on.", example = "1", minimum = "1", maximum = "16") int depth,
            @Schema(example = "6a1d9c0e-4b2f-4e8a-9c7d-2f3e4a5b6c7d") UUID reorganisationId,
            ReorganisationKind kind,
            @Schema(example = "2025-03-01") LocalDate effectiveDate,
            Summary predecessor,
            Summary successor) {
    }

    static LineageResponse of(ReorganisationService.Lineage lineage) {
        return new LineageResponse(lineage.agency().id, lineage.ends().stream().map(Summary::of).toList(),
                lineage.steps().stream().map(s -> new Step(s.depth(), s.step().reorganisationId(), s.step().kind(),
                        s.step().effectiveDate(), Summary.of(s.predecessor()), Summary.of(s.successor()))).toList(),
                lineage.truncated());
    }
}
