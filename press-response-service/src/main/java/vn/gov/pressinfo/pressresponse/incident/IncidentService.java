package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.IncidentRegistered;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.agency.KnownAgencies;
import vn.gov.pressinfo.pressresponse.agency.Reassignment;
import vn.gov.pressinfo.pressresponse.deadline.DeadlineKind;
import vn.gov.pressinfo.pressresponse.deadline.Deadlines;
import vn.gov.pressinfo.pressresponse.statement.StatementRepository;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.persistence.CreationStamp;

/**
 * Registration and reading of incidents (vụ việc đột xuất, bất thường) and the agencies' own initial statement
 * deadlines. Whether the lead spoke in time is derived from the statements recorded, on each read.
 */
@ApplicationScoped
public class IncidentService {

    /** Events known before this day are refused as typing errors: the suite's rules start with Decree 09/2017. */
    static final LocalDate EARLIEST = LocalDate.of(2017, 1, 1);

    private final IncidentRepository incidents;
    private final IncidentTransitionRepository transitions;
    private final InitialStatementOverrideRepository overrides;
    private final StatementRepository statements;
    private final Deadlines deadlines;
    private final KnownAgencies agencies;
    private final AgencyScope scope;
    private final Outbox outbox;
    private final BusinessTime time;

    public IncidentService(IncidentRepository incidents, IncidentTransitionRepository transitions,
            InitialStatementOverrideRepository overrides, StatementRepository statements, Deadlines deadlines, KnownAgencies agencies,
            AgencyScope scope, Outbox outbox, BusinessTime time) {
        this.incidents = incidents;
        this.transitions = transitions;
        this.overrides = overrides;
        this.statements = statements;
        this.deadlines = deadlines;
        this.agencies = agencies;
        this.scope = scope;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Registers an incident, sets the lead's initial statement deadline (the agency's override in force on the day it
     * became known, else the INITIAL_STATEMENT rule) and publishes IncidentRegistered.
     *
     * @throws ProblemException 403 an agency officer registering for other agencies only; 422 unknown or dissolved
     *         agencies, the lead among the coordinating agencies, knownAt in the future or before occurredAt
     */
    @Transactional
    public Incident register(IncidentRequests.Register request, String actor) {
        List<UUID> coordinating = request.coordinatingAgencyIds() == null ? List.of() : request.coordinatingAgencyIds();
        Optional<UUID> own = scope.confinedAgency();
        if (own.isPresent() && !own.get().equals(request.leadAgencyId()) && !coordinating.contains(own.get())) {
            throw ProblemException.forbidden("An agency officer may only register incidents that their own agency leads or coordinates.");
        }
        Instant now = time.now();
        if (request.knownAt().isAfter(now)) {
            throw ProblemException.unprocessable("knownAt", "must not be in the future");
        }
        if (request.knownAt().isBefore(EARLIEST.atStartOfDay(BusinessTime.ZONE).toInstant())) {
            throw ProblemException.unprocessable("knownAt", "must not be before " + EARLIEST);
        }
        if (request.occurredAt().isAfter(request.knownAt())) {
            throw ProblemException.unprocessable("occurredAt", "must not be after knownAt");
        }
        AgencyReference lead = agencies.require("leadAgencyId", request.leadAgencyId());
        Set<UUID> others = new LinkedHashSet<>();
        for (int n = 0; n < coordinating.size(); n++) {
            UUID id = coordinating.get(n);
            String field = "coordinatingAgencyIds[" + n + "]";
            if (id.equals(lead.id)) {
                throw ProblemException.unprocessable(field, "is the lead agency");
            }
            if (!others.add(id)) {
                throw ProblemException.unprocessable(field, "is listed twice");
            }
            agencies.require(field, id);
        }
        Incident i = new Incident();
        i.id = UUID.randomUUID();
        i.summary = TextSearch.clean(request.summary());
        i.severity = request.severity();
        i.occurredAt = request.occurredAt();
        i.knownAt = request.knownAt();
        i.leadAgencyId = lead.id;
        i.leadAgencyName = lead.name;
        i.coordinatingAgencyIds = others.toArray(UUID[]::new);
        setDeadline(i);
        i.registeredAt = now;
        i.registeredBy = actor;
        incidents.persist(i);
        outbox.publish(Events.INCIDENT_REGISTERED, new IncidentRegistered(i.id, i.leadAgencyId, i.leadAgencyName,
                others.stream().map(UUID::toString).toList(), i.summary, i.severity.name(), i.knownAt, i.initialStatementDueAt,
                actor, now), now);
        return i;
    }

    private void setDeadline(Incident i) {
        LocalDate knownOn = i.knownAt.atZone(BusinessTime.ZONE).toLocalDate();
        Optional<InitialStatementOverride> own = overrides.inForce(i.leadAgencyId, knownOn);
        if (own.isPresent()) {
            i.initialStatementDueAt = i.knownAt.plusSeconds(own.get().hours * 3600L);
            i.deadlineBasis = own.get().legalBasis;
        } else {
            i.initialStatementDueAt = deadlines.dueAt(DeadlineKind.INITIAL_STATEMENT, null, i.knownAt);
            i.deadlineBasis = deadlines.rule(DeadlineKind.INITIAL_STATEMENT, null, knownOn).legalBasis;
        }
    }

    /**
     * Records (or replaces, for the same day) an agency's own initial statement deadline; incidents already registered
     * keep theirs.
     *
     * @throws ProblemException 422 unknown or dissolved agency
     */
    @Transactional
    public InitialStatementOverride override(UUID agencyId, IncidentRequests.Override request, String actor) {
        agencies.require("agencyId", agencyId);
        InitialStatementOverride o = overrides.at(agencyId, request.effectiveFrom()).orElse(null);
        if (o == null) {
            o = new InitialStatementOverride();
            o.id = UUID.randomUUID();
            o.agencyId = agencyId;
            o.effectiveFrom = request.effectiveFrom();
        }
        o.hours = request.hours();
        o.legalBasis = TextSearch.clean(request.legalBasis());
        o.stamp = CreationStamp.of(actor, time.now()); // who set the hours last, and when
        overrides.persist(o);
        return o;
    }

    /** The incident, if the caller may see it (an agency officer: its agency leads or coordinates it). */
    public Incident get(UUID id) {
        Incident i = incidents.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Incident " + id + " does not exist"));
        Optional<UUID> own = scope.confinedAgency();
        if (own.isPresent() && !involves(i, own.get())) {
            throw ProblemException.forbidden("An agency officer may only read incidents their own agency leads or coordinates.");
        }
        return i;
    }

    private static boolean involves(Incident i, UUID agencyId) {
        return i.leadAgencyId.equals(agencyId) || List.of(i.coordinatingAgencyIds).contains(agencyId);
    }

    /**
     * Names another lead for an incident a reorganisation returned to the department (Sở giao lại): the deadline stands,
     * the flag clears, the step is recorded. A new lead that coordinated the incident leaves the coordinating agencies.
     *
     * @throws ProblemException 404 unknown incident, 409 it does not await reassignment, 422 unknown or dissolved agency
     */
    @Transactional
    public Incident reassign(UUID id, Reassignment request, String actor) {
        Incident i = incidents.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Incident " + id + " does not exist"));
        if (!i.awaitingReassignment) {
            throw ProblemException.conflict("Incident " + id + " does not await reassignment by the department.");
        }
        AgencyReference lead = agencies.require("agencyId", request.agencyId());
        String note = TextSearch.clean(request.note());
        String step = lead.id.equals(i.leadAgencyId) ? "Sở giao lại: " + i.leadAgencyName + " tiếp tục chủ trì"
                : "Sở giao lại: " + i.leadAgencyName + " → " + lead.name;
        i.leadAgencyId = lead.id;
        i.leadAgencyName = lead.name;
        i.awaitingReassignment = false;
        i.coordinatingAgencyIds = java.util.Arrays.stream(i.coordinatingAgencyIds).filter(a -> !a.equals(lead.id)).toArray(UUID[]::new);
        transitions.persist(IncidentTransition.of(i.id, "REASSIGNED", actor, time.now(), step + (note == null ? "" : ". " + note)));
        return i;
    }

    /** The recorded changes of an incident the caller may see, oldest first. */
    public List<IncidentTransition> history(UUID id) {
        get(id);
        return transitions.ofIncident(id);
    }

    /** Incidents, latest known first; an agency officer sees those its agency leads or coordinates. */
    public Page<IncidentResponse> search(UUID agencyId, Boolean overdue, Boolean awaitingReassignment, PageRequest page) {
        Optional<UUID> own = scope.confinedAgency();
        if (own.isPresent()) {
            if (agencyId != null && !agencyId.equals(own.get())) {
                throw ProblemException.forbidden("An agency officer may only list the incidents of their own agency.");
            }
            agencyId = own.get();
        }
        Instant now = time.now();
        return incidents.page(agencyId, overdue, awaitingReassignment, now, page);
    }

    public IncidentResponse view(Incident i) {
        return view(i, time.now());
    }

    /** The incident as clients see it at {@code now}: the initial statement's state derived from the statements. */
    IncidentResponse view(Incident i, Instant now) {
        boolean inTime = statements.spokeAboutIncident(i.id, i.leadAgencyId, i.initialStatementDueAt);
        IncidentStatus status = IncidentStatus.at(inTime, i.initialStatementDueAt, now,
                () -> statements.spokeAboutIncident(i.id, i.leadAgencyId, now));
        return IncidentResponse.of(i, inTime, status);
    }
}
