package vn.gov.pressinfo.registry.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.RegulationRecorded;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyService;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.ProblemException;

/**
 * The rules of spokesperson regulations (quy chế phát ngôn): an agency officer reaches only its own
 * agency's, a regulation cannot take effect before its decision, the current one is the latest in
 * effect today, and every recording or correction appends a revision.
 */
@ApplicationScoped
public class RegulationService {

    /** A regulation and whether it is its agency's current one. */
    public record RegulationView(SpokespersonRegulation regulation, boolean current) {
    }

    private final RegulationRepository regulations;
    private final RegulationRevisionRepository revisions;
    private final AgencyService agencies;
    private final AgencyScope scope;
    private final Outbox outbox;
    private final BusinessTime time;

    public RegulationService(RegulationRepository regulations, RegulationRevisionRepository revisions, AgencyService agencies,
            AgencyScope scope, Outbox outbox, BusinessTime time) {
        this.regulations = regulations;
        this.revisions = revisions;
        this.agencies = agencies;
        this.scope = scope;
        this.outbox = outbox;
        this.time = time;
    }

    @Transactional
    public RegulationView create(UUID agencyId, RegulationDetails request, String actor) {
        scope.requireAccess(agencyId);
        Agency agency = agencies.get(agencyId);
        RegulationDetails details = request.cleaned();
        checkDates(details);

        SpokespersonRegulation regulation = SpokespersonRegulation.record(agencyId, details, actor, time.now());
        regulations.persist(regulation);
        regulations.flush();
        revisions.persist(RegulationRevision.of(regulation, details.reason()));
        publish(regulation, agency);
        return view(regulation);
    }

    /** The agency's regulations, newest first, the current one marked. */
    public List<RegulationView> ofAgency(UUID agencyId) {
        scope.requireAccess(agencyId);
        agencies.get(agencyId);
        List<SpokespersonRegulation> list = regulations.ofAgency(agencyId);
        Optional<UUID> current = current(list);
        return list.stream().map(r -> new RegulationView(r, current.filter(r.id::equals).isPresent())).toList();
    }

    public RegulationView get(UUID id) {
        return view(find(id));
    }

    /**
     * Corrects a regulation and appends a revision (nothing is recorded when nothing changes).
     *
     * @throws ProblemException 428/412 on a missing or stale If-Match, 422 when the dates are inconsistent
     */
    @Transactional
    public RegulationView update(UUID id, String ifMatch, RegulationDetails request, String actor) {
        SpokespersonRegulation regulation = find(id);
        ETags.requireMatch(ifMatch, regulation.version);
        RegulationDetails details = request.cleaned();
        if (!regulation.differsFrom(details)) {
            return view(regulation);
        }
        checkDates(details);
        regulation.apply(details);
        regulation.stamp = regulation.stamp.updated(actor, time.now());
        regulations.flush(); // increments the version, or fails with an optimistic-lock conflict (412)
        revisions.persist(RegulationRevision.of(regulation, details.reason()));
        publish(regulation, agencies.get(regulation.agencyId));
        return view(regulation);
    }

    /** RegulationRecorded, in the transaction that recorded or revised the regulation. */
    private void publish(SpokespersonRegulation regulation, Agency agency) {
        outbox.publish(Events.REGULATION_RECORDED, new RegulationRecorded(regulation.agencyId, agency.name, regulation.id,
                regulation.decisionNumber, regulation.decisionDate, regulation.effectiveFrom, regulation.stamp.updatedAt()), regulation.stamp.updatedAt());
    }

    public List<RegulationRevision> history(UUID id) {
        find(id);
        return revisions.history(id);
    }

    /** Loads a regulation the caller may see; an agency officer gets 403 for another agency's. */
    private SpokespersonRegulation find(UUID id) {
        SpokespersonRegulation regulation = regulations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Regulation " + id + " does not exist."));
        scope.requireAccess(regulation.agencyId);
        return regulation;
    }

    private RegulationView view(SpokespersonRegulation regulation) {
        Optional<UUID> current = current(regulations.ofAgency(regulation.agencyId));
        return new RegulationView(regulation, current.filter(regulation.id::equals).isPresent());
    }

    /** The latest regulation already in effect today; the list is newest first. */
    private Optional<UUID> current(List<SpokespersonRegulation> newestFirst) {
        LocalDate today = time.today();
        return newestFirst.stream().filter(r -> r.inEffectOn(today)).findFirst().map(r -> r.id);
    }

    private static void checkDates(RegulationDetails details) {
        if (details.effectiveFrom().isBefore(details.decisionDate())) {
            throw ProblemException.unprocessable("effectiveFrom", "must not be before the decision date " + details.decisionDate());
        }
    }
}
