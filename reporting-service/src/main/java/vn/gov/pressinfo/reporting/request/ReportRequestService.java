package vn.gov.pressinfo.reporting.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyReferenceRepository;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.ReportRequested;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.reporting.assignment.AssignmentRepository;
import vn.gov.pressinfo.reporting.regime.Frequency;
import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.reporting.regime.Regime;
import vn.gov.pressinfo.reporting.regime.RegimeService;
import vn.gov.pressinfo.reporting.regime.ReportingPeriod;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Creating report requests: the regime's period and deadline, the target agencies from the agency read model, one
 * assignment per agency and ReportRequested in the outbox, all in one transaction.
 */
@ApplicationScoped
public class ReportRequestService {

    private static final String ACTIVE = "ACTIVE";

    private final ReportRequestRepository requests;
    private final AssignmentRepository assignments;
    private final AgencyReferenceRepository agencies;
    private final RegimeService regimes;
    private final AgencyScope scope;
    private final Outbox outbox;
    private final BusinessTime time;

    public ReportRequestService(ReportRequestRepository requests, AssignmentRepository assignments, AgencyReferenceRepository agencies,
            RegimeService regimes, AgencyScope scope, Outbox outbox, BusinessTime time) {
        this.requests = requests;
        this.assignments = assignments;
        this.agencies = agencies;
        this.regimes = regimes;
        this.scope = scope;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * @throws ProblemException 422 naming the field for an unknown regime, a bad period, a missing or early due date,
     *                          unknown or dissolved targets or no target at all; 409 when the regime's period was already requested
     */
    @Transactional
    public ReportRequest create(CreateReportRequest command, String actor) {
        Regime regime = null;
        ReportingPeriod period = null;
        LocalDate dueDate = command.dueDate();
        if (command.regimeCode() != null && !command.regimeCode().isBlank()) {
            regime = regimes.byCode(command.regimeCode().trim());
            if (!regime.active) {
                throw ProblemException.unprocessable("regimeCode", "regime " + regime.code + " is no longer active");
            }
            if (command.indicators() != null && !command.indicators().isEmpty()) {
                throw ProblemException.unprocessable("indicators", "a request under a regime uses the regime's template; omit indicators");
            }
            if (regime.frequency != Frequency.AD_HOC) {
                if (command.period() == null || command.period().isBlank()) {
                    throw ProblemException.unprocessable("period", "is required for a " + regime.frequency + " regime");
                }
                period = regimes.period(regime, command.period().trim(), "period");
                if (requests.count("regimeId = ?1 and periodLabel = ?2", regime.id, period.label()) > 0) {
                    throw ProblemException.conflict("Period " + period.label() + " of regime " + regime.code + " was already requested.");
                }
                if (dueDate == null) {
                    dueDate = regimes.dueDate(regime, period);
                }
            }
        } else if (command.indicators() != null) {
            checkUniqueKeys(command.indicators());
        }
        if (dueDate == null) {
            throw ProblemException.unprocessable("dueDate", "is required for an ad hoc request");
        }
        if (dueDate.isBefore(command.issuedOn())) {
            throw ProblemException.unprocessable("dueDate", "must not be before the request's date " + command.issuedOn());
        }
        List<AgencyReference> targets = resolve(command.targets());
        Instant now = time.now();
        ReportRequest r = ReportRequest.issue(command, regime, period, dueDate, targets.size(), actor, now);
        requests.persist(r);
        requests.flush();

        List<AssignmentRepository.NewAssignment> rows = new ArrayList<>(targets.size());
        List<UUID> agencyIds = new ArrayList<>(targets.size());
        for (AgencyReference agency : targets) {
            rows.add(new AssignmentRepository.NewAssignment(UUID.randomUUID(), agency.id, agency.name, agency.type));
            agencyIds.add(agency.id);
        }
        assignments.insertOpen(r.id, r.dueDate, rows, actor, now, "Yêu cầu báo cáo " + r.reference);
        outbox.publish(Events.REPORT_REQUESTED, new ReportRequested(r.id, r.reference, r.issuedOn, r.subject, r.regimeCode, r.periodStart,
                r.periodEnd, r.dueDate, agencyIds, actor, now), now);
        return r;
    }

    public ReportRequest get(UUID id) {
        ReportRequest r = requests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Report request " + id + " does not exist."));
        scope.confinedAgency().ifPresent(agency -> {
            if (!assignments.exists(id, agency)) {
                throw ProblemException.forbidden("This report request does not ask the agency of this agency officer.");
            }
        });
        return r;
    }

    /** Requests; an agency officer sees those that ask its agency. */
    public Page<ReportRequestResponse> search(ReportRequestRepository.Filter filter, PageRequest page) {
        ReportRequestRepository.Filter effective = scope.confinedAgency()
                .map(agency -> new ReportRequestRepository.Filter(filter.query(), filter.regimeCode(), filter.periodLabel(), agency))
                .orElse(filter);
        return requests.search(effective, page);
    }

    private List<AgencyReference> resolve(TargetAgencies targets) {
        if (targets.byList() == targets.byQuery()) {
            throw ProblemException.unprocessable("targets", "give either agencyIds, or types and/or parentId");
        }
        if (targets.byList()) {
            Set<UUID> wanted = new LinkedHashSet<>(targets.agencyIds());
            Map<UUID, AgencyReference> found = new HashMap<>();
            for (AgencyReference a : agencies.list("id in ?1", wanted)) {
                found.put(a.id, a);
            }
            List<AgencyReference> result = new ArrayList<>(wanted.size());
            for (UUID id : wanted) {
                AgencyReference a = found.get(id);
                if (a == null) {
                    throw ProblemException.unprocessable("targets.agencyIds", "agency " + id + " is unknown");
                }
                if (!ACTIVE.equals(a.status)) {
                    throw ProblemException.unprocessable("targets.agencyIds", "agency " + id + " (" + a.name + ") is " + a.status);
                }
                result.add(a);
            }
            return result;
        }
        StringBuilder where = new StringBuilder("status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", ACTIVE);
        if (targets.types() != null && !targets.types().isEmpty()) {
            where.append(" and type in :types");
            params.put("types", targets.types());
        }
        if (targets.parentId() != null) {
            where.append(" and parentId = :parent");
            params.put("parent", targets.parentId());
        }
        List<AgencyReference> result = agencies.list(where.append(" order by code, id").toString(), params);
        if (result.isEmpty()) {
            throw ProblemException.unprocessable("targets", "no active agency matches");
        }
        return result;
    }

    private static void checkUniqueKeys(List<IndicatorDefinition> indicators) {
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (!keys.add(indicators.get(i).key())) {
                throw ProblemException.unprocessable("indicators[" + i + "].key", "duplicate key " + indicators.get(i).key());
            }
        }
    }

}
