package vn.gov.pressinfo.registry.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.ProblemType;

/** Which active agencies fall short of the spokesperson rules on a day; an agency officer sees only its own agency. */
@ApplicationScoped
public class ComplianceGapService {

    private final ComplianceGapRepository gaps;
    private final AgencyScope scope;
    private final BusinessTime time;

    public ComplianceGapService(ComplianceGapRepository gaps, AgencyScope scope, BusinessTime time) {
        this.gaps = gaps;
        this.scope = scope;
        this.time = time;
    }

    /**
     * @param on   the day as an ISO date; today in Asia/Ho_Chi_Minh when null
     * @param kind a {@link GapKind} name, or null for any
     * @throws ProblemException 400 naming {@code kind} or {@code on} when it cannot be read
     */
    public Page<AgencyGapsResponse> search(String type, UUID parentId, String kind, String on, int withinDays, PageRequest page) {
        GapKind gapKind = parseKind(kind);
        LocalDate day = parseDay(on);
        UUID confined = scope.confinedAgency().orElse(null);
        var filter = new ComplianceGapRepository.Filter(type, parentId, confined, gapKind);
        return gaps.find(filter, day == null ? time.today() : day, withinDays, page);
    }

    static LocalDate parseDay(String on) {
        if (on == null || on.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            throw invalid("on", "must be a date in ISO format (yyyy-MM-dd)");
        }
    }

    static GapKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return GapKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw invalid("kind", "must be one of " + Arrays.stream(GapKind.values()).map(Enum::name).toList());
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, 400, "The request has 1 invalid field.",
                List.of(new Problem.FieldError(field, message)));
    }
}
