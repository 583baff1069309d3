package vn.gov.pressinfo.reporting.regime;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When and whom a periodic regime asks by itself: the request generator issues each period's request
 * {@code leadDays} days before the period's cut-off ends, to every ACTIVE agency of {@code targetTypes}, unless the regime
 * has dated target types ({@link TargetTypeRule}), which then decide by the period's last cut-off day.
 *
 * @param targetTypes agency type codes asked, e.g. DEPARTMENT, when the regime has no dated target types
 * @param leadDays    days before the end of the cut-off on which the request is issued (default 10)
 */
@Schema(name = "RequestSchedule", description = "Automatic report requests of a periodic regime: each period's request is issued "
        + "leadDays days before its cut-off ends, to every ACTIVE agency of targetTypes, once (even with several replicas). A regime with "
        + "dated target types (targetTypesByDate, read-only) asks the types in force on the period's last cut-off day instead.")
public record RequestSchedule(
        @Schema(description = "Agency type codes asked when the regime has no dated target types.", example = "[\"DEPARTMENT\", \"COMMUNE\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> targetTypes,
        @Schema(description = "Days before the cut-off ends on which the request is issued (default 10).", example = "10", minimum = "0",
                maximum = "60")
        @Min(0) @Max(60) Integer leadDays) {

    public static final int DEFAULT_LEAD_DAYS = 10;

    public int effectiveLeadDays() {
        return leadDays == null ? DEFAULT_LEAD_DAYS : leadDays;
    }
}
