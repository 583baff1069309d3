package vn.gov.pressinfo.registry.spokesperson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.registry.SpokespersonRevoked;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyService;
import vn.gov.pressinfo.registry.audit.AuditEntryResponse;
import vn.gov.pressinfo.registry.audit.AuditTrail;
import vn.gov.pressinfo.registry.audit.FieldChanges;
import vn.gov.pressinfo.registry.directory.PublicPages;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;

/**
 * The rules of the spokesperson registry (người phát ngôn): one head-or-appointed spokesperson per
 * agency at a time, a new appointment supersedes the current one, history is never rewritten, and
 * every change is audited and published in its transaction.
 */
@ApplicationScoped
public class SpokespersonService {

    static final String ENTITY = "spokesperson";
    /** Clocks of callers drift; a notice "sent now" may be stamped a little ahead of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SpokespersonRepository spokespersons;
    private final AgencyService agencies;
    private final AgencyScope scope;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final BusinessTime time;
    private final Event<PublicPagesChanged> directoryChanged;

    public SpokespersonService(SpokespersonRepository spokespersons, AgencyService agencies, AgencyScope scope, AuditTrail audit,
            Outbox outbox, BusinessTime time, Event<PublicPagesChanged> directoryChanged) {
        this.spokespersons = spokespersons;
        this.agencies = agencies;
        this.scope = scope;
        this.audit = audit;
        this.outbox = outbox;
        this.time = time;
        this.directoryChanged = directoryChanged;
    }

    /**
     * Appoints a spokesperson. The appointment in force on {@code validFrom} (if any, and if it began
     * earlier) is superseded: it ends on {@code validFrom}. Any other overlap is a conflict.
     *
     * @throws ProblemException 404 unknown agency, 403 another agency's officer, 422 dissolved agency or
     *                          validTo not after validFrom, 409 overlap with an appointment that it cannot supersede
     */
    @Transactional
    public Spokesperson appoint(UUID agencyId, AppointSpokespersonRequest raw, String actor) {
        scope.requireAccess(agencyId);
        Agency agency = agencies.requireActiveForUpdate(agencyId);
        AppointSpokespersonRequest request = raw.cleaned();
        if (request.validTo() != null && !request.validTo().isAfter(request.validFrom())) {
            throw ProblemException.unprocessable("validTo", "must be after validFrom (" + request.validFrom() + ")");
        }
        Spokesperson predecessor = null;
        for (Spokesperson other : spokespersons.overlapping(agencyId, request.validFrom(), request.validTo())) {
            if (other.status == SpokespersonStatus.ACTIVE && other.validFrom.isBefore(request.validFrom())) {
                predecessor = other; // in force on validFrom: the one to supersede (there is at most one)
            } else {
                throw overlap(other, request.validFrom());
            }
        }

        Instant now = time.now();
        Spokesperson s = Spokesperson.appoint(agencyId, request, actor, now);
        if (predecessor != null) {
            supersede(predecessor, s.id, request.validFrom(), actor, now);
        }
        spokespersons.persist(s);
        spokespersons.flush(); // the exclusion constraint has the last word on overlaps
        audit.record(ENTITY, s.id, s.version, "APPOINTED", actor, now, FieldChanges.of()
                .set("agencyId", s.agencyId).set("kind", s.kind).set("fullName", s.fullName).set("title", s.title)
                .set("phone", s.phone).set("email", s.email).set("documentNumber", s.document.number())
                .set("documentDate", s.document.date()).set("documentSigner", s.document.signer())
                .set("validFrom", s.validFrom).set("validTo", s.validTo).set("status", s.status)
                .set("supersedes", predecessor == null ? null : predecessor.id));
        outbox.publish(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(agencyId, agency.name, s.id, s.kind.name(), s.fullName,
                s.title, s.email, s.phone, s.validFrom, s.validTo, predecessor == null ? null : predecessor.id, now));
        directoryChanged.fire(PublicPages.CHANGED);
        return s;
    }

    private void supersede(Spokesperson predecessor, UUID successor, LocalDate from, String actor, Instant now) {
        LocalDate previousEnd = predecessor.validTo;
        predecessor.validTo = from;
        predecessor.status = SpokespersonStatus.SUPERSEDED;
        predecessor.supersededBy = successor; // foreign key checked at commit, once the successor exists
        predecessor.stamp = predecessor.stamp.updated(actor, now);
        spokespersons.flush(); // closes the period before the successor's row is inserted
        audit.record(ENTITY, predecessor.id, predecessor.version, "SUPERSEDED", actor, now, FieldChanges.of()
                .change("validTo", previousEnd, from)
                .change("status", SpokespersonStatus.ACTIVE, SpokespersonStatus.SUPERSEDED)
                .set("supersededBy", successor));
    }

    private static ProblemException overlap(Spokesperson other, LocalDate validFrom) {
        String period = other.validFrom + (other.validTo == null ? " on" : " to " + other.validTo);
        String message = "overlaps the " + other.status.name().toLowerCase() + " appointment of " + other.fullName + " (" + period
                + "); a new appointment may only supersede the one in force on validFrom, from a later date than its start";
        return new ProblemException(ProblemType.CONFLICT, 409,
                "An appointment from " + validFrom + " " + message + ". History is not rewritten: revoke the later appointment first "
                        + "or choose another date.",
                List.of(new Problem.FieldError("validFrom", message)));
    }

    /**
     * Revokes an appointment from {@code effectiveDate} (today by default): it ends that day.
     *
     * @throws ProblemException 428/412 If-Match, 409 when no longer active, 422 when the date is outside the appointment
     */
    @Transactional
    public Spokesperson revoke(UUID id, String ifMatch, RevocationRequest request, String actor) {
        Spokesperson s = get(id);
        ETags.requireMatch(ifMatch, s.version);
        if (s.status != SpokespersonStatus.ACTIVE) {
            throw ProblemException.conflict("Spokesperson " + id + " is already " + s.status + "; only an active appointment can be revoked.");
        }
        LocalDate effective = request.effectiveDate() == null ? time.today() : request.effectiveDate();
        if (effective.isBefore(s.validFrom)) {
            throw ProblemException.unprocessable("effectiveDate", "must not be before the start of the appointment (" + s.validFrom + ")");
        }
        if (s.validTo != null && !effective.isBefore(s.validTo)) {
            throw ProblemException.unprocessable("effectiveDate", "must be before the end of the appointment (" + s.validTo + ")");
        }
        Instant now = time.now();
        LocalDate previousEnd = s.validTo;
        s.validTo = effective;
        s.status = SpokespersonStatus.REVOKED;
        s.revocationReason = request.reason().strip();
        s.revokedAt = now;
        s.revokedBy = actor;
        s.stamp = s.stamp.updated(actor, now);
        spokespersons.flush(); // version check: a concurrent change makes this a 412
        audit.record(ENTITY, s.id, s.version, "REVOKED", actor, now, FieldChanges.of()
                .change("validTo", previousEnd, effective)
                .change("status", SpokespersonStatus.ACTIVE, SpokespersonStatus.REVOKED)
                .set("revocationReason", s.revocationReason));
        Agency agency = agencies.get(s.agencyId);
        outbox.publish(Events.SPOKESPERSON_REVOKED, new SpokespersonRevoked(s.agencyId, agency.name, s.id, s.kind.name(), s.fullName,
                s.title, s.email, s.phone, s.validFrom, s.validTo, s.revocationReason, now));
        directoryChanged.fire(PublicPages.CHANGED);
        return s;
    }

    /**
     * Records that the press management department was notified in writing of this spokesperson.
     * A later notice (a corrected letter) replaces the recorded one; the trail keeps both.
     *
     * @throws ProblemException 412 when an If-Match is sent and stale, 422 when notifiedAt is in the future
     */
    @Transactional
    public Spokesperson recordDepartmentNotification(UUID id, String ifMatch, DepartmentNotificationRequest request, String actor) {
        Spokesperson s = get(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, s.version);
        }
        Instant now = time.now();
        Instant notifiedAt = request.notifiedAt() == null ? now : request.notifiedAt();
        if (notifiedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.unprocessable("notifiedAt", "must not be in the future");
        }
        Instant previousAt = s.departmentNotifiedAt;
        String previousDocument = s.departmentDocument;
        s.departmentNotifiedAt = notifiedAt;
        s.departmentDocument = request.documentNumber().strip();
        s.stamp = s.stamp.updated(actor, now);
        spokespersons.flush();
        audit.record(ENTITY, s.id, s.version, "DEPARTMENT_NOTIFIED", actor, now, FieldChanges.of()
                .change("departmentNotifiedAt", previousAt, s.departmentNotifiedAt)
                .change("departmentDocument", previousDocument, s.departmentDocument));
        return s;
    }

    /** @throws ProblemException 404 unknown, 403 another agency's officer */
    public Spokesperson get(UUID id) {
        Spokesperson s = spokespersons.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Spokesperson " + id + " does not exist."));
        scope.requireAccess(s.agencyId);
        return s;
    }

    /** An agency's appointments, newest first; {@code current} as in {@link SpokespersonRepository#ofAgency}. */
    public Page<SpokespersonResponse> ofAgency(UUID agencyId, Boolean current, PageRequest page) {
        scope.requireAccess(agencyId);
        agencies.get(agencyId);
        return spokespersons.ofAgency(agencyId, current, time.today(), page);
    }

    public List<AuditEntryResponse> history(UUID id) {
        get(id);
        return audit.trail(ENTITY, id);
    }
}
