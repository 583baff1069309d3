package vn.gov.pressinfo.registry.press;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.registry.directory.PublicPages;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;

/**
 * Press agencies (cơ quan báo chí), their representative offices and resident reporters: every change
 * of a press agency appends a revision; offices and reporters belong to an existing press agency.
 */
@ApplicationScoped
public class PressAgencyService {

    private final PressAgencyRepository pressAgencies;
    private final PressAgencyRevisionRepository revisions;
    private final RepresentativeOfficeRepository offices;
    private final ResidentReporterRepository reporters;
    private final BusinessTime time;
    private final Event<PublicPagesChanged> publicListsChanged;

    public PressAgencyService(PressAgencyRepository pressAgencies, PressAgencyRevisionRepository revisions,
            RepresentativeOfficeRepository offices, ResidentReporterRepository reporters, BusinessTime time,
            Event<PublicPagesChanged> publicListsChanged) {
        this.pressAgencies = pressAgencies;
        this.revisions = revisions;
        this.offices = offices;
        this.reporters = reporters;
        this.time = time;
        this.publicListsChanged = publicListsChanged;
    }

    @Transactional
    public PressAgency create(PressAgencyDetails request, String actor) {
        PressAgencyDetails details = request.cleaned();
        PressAgency pressAgency = PressAgency.register(details, actor, time.now());
        pressAgencies.persist(pressAgency);
        pressAgencies.flush();
        revisions.persist(PressAgencyRevision.of(pressAgency, details.reason()));
        return pressAgency;
    }

    public Page<PressAgencyResponse> search(PressAgencyRepository.Filter filter, PageRequest page) {
        return pressAgencies.search(filter, page);
    }

    public PressAgency get(UUID id) {
        return pressAgencies.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Press agency " + id + " does not exist."));
    }

    /**
     * Changes a press agency and appends a revision (nothing is recorded when nothing changes).
     *
     * @throws ProblemException 428/412 on a missing or stale If-Match
     */
    @Transactional
    public PressAgency update(UUID id, String ifMatch, PressAgencyDetails request, String actor) {
        PressAgency pressAgency = get(id);
        ETags.requireMatch(ifMatch, pressAgency.version);
        PressAgencyDetails details = request.cleaned();
        if (!pressAgency.differsFrom(details)) {
            return pressAgency;
        }
        pressAgency.apply(details);
        pressAgency.stamp = pressAgency.stamp.updated(actor, time.now());
        pressAgencies.flush(); // increments the version, or fails with an optimistic-lock conflict (412)
        revisions.persist(PressAgencyRevision.of(pressAgency, details.reason()));
        publicListsChanged.fire(PublicPages.CHANGED); // the public lists show its name, medium and only while it operates
        return pressAgency;
    }

    public List<PressAgencyRevision> history(UUID id) {
        get(id);
        return revisions.history(id);
    }

    @Transactional
    public RepresentativeOffice addOffice(UUID pressAgencyId, RepresentativeOfficeDetails request, String actor) {
        get(pressAgencyId);
        RepresentativeOfficeDetails details = request.cleaned();
        RepresentativeOffice office = RepresentativeOffice.register(pressAgencyId, details, actor, time.now());
        offices.persist(office);
        publicListsChanged.fire(PublicPages.CHANGED);
        return office;
    }

    public List<RepresentativeOffice> offices(UUID pressAgencyId) {
        get(pressAgencyId);
        return offices.ofPressAgency(pressAgencyId);
    }

    @Transactional
    public ResidentReporter addReporter(UUID pressAgencyId, ResidentReporterDetails request, String actor) {
        get(pressAgencyId);
        ResidentReporterDetails details = request.cleaned();
        if (details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
            throw ProblemException.unprocessable("validTo", "must not be before validFrom " + details.validFrom());
        }
        ResidentReporter reporter = ResidentReporter.register(pressAgencyId, details, actor, time.now());
        reporters.persist(reporter);
        publicListsChanged.fire(PublicPages.CHANGED);
        return reporter;
    }

    public List<ResidentReporter> reporters(UUID pressAgencyId) {
        get(pressAgencyId);
        return reporters.ofPressAgency(pressAgencyId);
    }
}
