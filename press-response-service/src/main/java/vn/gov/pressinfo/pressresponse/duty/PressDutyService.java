package vn.gov.pressinfo.pressresponse.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyReferenceRepository;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.PressDutyMissed;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.agency.KnownAgencies;
import vn.gov.pressinfo.pressresponse.statement.InformationForm;
import vn.gov.pressinfo.pressresponse.statement.StatementRepository;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Periodic duties to inform the press (docs/adr/0014-incidents-and-press-duties.md): the rules, their evaluation per
 * agency and period from the statements recorded, and the once-only PressDutyMissed notices.
 */
@ApplicationScoped
public class PressDutyService {

    private final PressDutyRepository duties;
    private final AgencyReferenceRepository directory;
    private final KnownAgencies agencies;
    private final StatementRepository statements;
    private final AgencyScope scope;
    private final Outbox outbox;
    private final BusinessTime time;

    public PressDutyService(PressDutyRepository duties, AgencyReferenceRepository directory, KnownAgencies agencies,
            StatementRepository statements, AgencyScope scope, Outbox outbox, BusinessTime time) {
        this.duties = duties;
        this.directory = directory;
        this.agencies = agencies;
        this.statements = statements;
        this.scope = scope;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Records a new duty.
     *
     * @throws ProblemException 422 neither or both of agencyId and agencyType, an unknown agency, effectiveTo before
     *         effectiveFrom, a form listed twice
     */
    @Transactional
    public PressDuty create(DutyRequests.Create request, String actor) {
        if ((request.agencyId() == null) == (request.agencyType() == null)) {
            throw request.agencyId() == null ? ProblemException.unprocessable("agencyId", "give agencyId or agencyType")
                    : ProblemException.unprocessable("agencyType", "give agencyId or agencyType, not both");
        }
        if (request.agencyId() != null) {
            agencies.require("agencyId", request.agencyId());
        }
        if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
            throw ProblemException.unprocessable("effectiveTo", "must not be before effectiveFrom");
        }
        if (request.forms().stream().distinct().count() != request.forms().size()) {
            throw ProblemException.unprocessable("forms", "lists a form twice");
        }
        PressDuty d = PressDuty.define(request, actor, time.now());
        duties.persist(d);
        return d;
    }

    /**
     * Every duty with, for each agency that owes it (only {@code agencyId}, when given; an agency officer: its own),
     * the closed periods of the last year the duty covers and the open one.
     */
    @Transactional
    public List<PressDutyResponse> list(UUID agencyId) {
        Optional<UUID> own = scope.confinedAgency();
        if (own.isPresent()) {
            if (agencyId != null && !agencyId.equals(own.get())) {
                throw ProblemException.forbidden("An agency officer may only see the duties of their own agency.");
            }
            agencyId = own.get();
        }
        LocalDate today = time.today();
        List<PressDutyResponse> result = new ArrayList<>();
        for (PressDuty d : duties.all()) {
            List<AgencyReference> owing = owing(d, agencyId);
            if (agencyId != null && owing.isEmpty()) {
                continue;
            }
            List<DutyPeriod> periods = recentPeriods(d, today);
            DutyPeriod open = d.frequency.periodOf(today);
            List<PressDutyResponse.AgencyRecord> records = owing.stream().map(a -> {
                List<PressDutyResponse.Period> rows = new ArrayList<>();
                periods.forEach(p -> {
                    long count = count(d, a.id, p);
                    rows.add(new PressDutyResponse.Period(p.label(), p.start(), p.end(), count,
                            count >= d.minCount ? DutyStatus.MET : DutyStatus.MISSED));
                });
                if (d.covers(open)) {
                    rows.add(new PressDutyResponse.Period(open.label(), open.start(), open.end(), count(d, a.id, open), DutyStatus.OPEN));
                }
                return new PressDutyResponse.AgencyRecord(a.id, a.name, rows);
            }).toList();
            result.add(PressDutyResponse.of(d, records));
        }
        return result;
    }

    /** The closed periods of the last year that the duty covers, oldest first. */
    private static List<DutyPeriod> recentPeriods(PressDuty d, LocalDate today) {
        List<DutyPeriod> periods = new ArrayList<>();
        DutyPeriod p = d.frequency.previous(d.frequency.periodOf(today));
        for (int n = 0; n < d.frequency.recentPeriods(); n++, p = d.frequency.previous(p)) {
            if (d.covers(p)) {
                periods.add(p);
            }
        }
        Collections.reverse(periods);
        return periods;
    }

    private long count(PressDuty d, UUID agencyId, DutyPeriod p) {
        List<InformationForm> forms = d.informationForms();
        return statements.countIn(agencyId, forms, p.from(), p.to());
    }

    /** The agencies that owe the duty (only {@code onlyAgency} when given), active, existing from before the end of today. */
    private List<AgencyReference> owing(PressDuty d, UUID onlyAgency) {
        List<AgencyReference> found = d.agencyId != null ? directory.findByIdOptional(d.agencyId).stream().toList()
                : directory.list("type = ?1 and status <> 'DISSOLVED' order by name, id", d.agencyType);
        return found.stream().filter(a -> !"DISSOLVED".equals(a.status)).filter(a -> onlyAgency == null || onlyAgency.equals(a.id)).toList();
    }

    /**
     * Publishes PressDutyMissed for the duty's most recent closed period, once per agency that owes it and missed it: a
     * notice row (unique per duty, agency and period, inserted with ON CONFLICT DO NOTHING) and the outbox row commit
     * together, so a repeated or concurrent check publishes nothing more. Older periods are never noticed, so a fresh
     * install or a new duty does not publish years of misses.
     *
     * @return how many notices this call published
     */
    @Transactional
    public int check(UUID dutyId) {
        PressDuty d = duties.findById(dutyId);
        if (d == null) {
            return 0;
        }
        Instant now = time.now();
        DutyPeriod last = d.frequency.previous(d.frequency.periodOf(time.today()));
        if (!d.covers(last)) {
            return 0;
        }
        int published = 0;
        for (AgencyReference a : owing(d, null)) {
            if ((a.validFrom != null && a.validFrom.isAfter(last.end())) || duties.noticed(d.id, a.id, last.label())) {
                continue;
            }
            if (count(d, a.id, last) < d.minCount && duties.recordNotice(d.id, a.id, last.label(), now)) {
                outbox.publish(Events.PRESS_DUTY_MISSED, new PressDutyMissed(d.id, a.id, a.name, d.name, d.legalBasis, List.of(d.forms),
                        last.label(), last.start(), last.end(), now), now);
                published++;
            }
        }
        return published;
    }

    /** The ids of all duties, for the check to take one transaction each. */
    @Transactional
    public List<UUID> dutyIds() {
        return duties.all().stream().map(d -> d.id).toList();
    }
}
