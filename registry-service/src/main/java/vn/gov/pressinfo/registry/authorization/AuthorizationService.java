package vn.gov.pressinfo.registry.authorization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AuthorizationExpired;
import vn.gov.pressinfo.events.registry.AuthorizationGranted;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.registry.agency.Agency;
import vn.gov.pressinfo.registry.agency.AgencyService;
import vn.gov.pressinfo.registry.audit.AuditEntryResponse;
import vn.gov.pressinfo.registry.audit.AuditTrail;
import vn.gov.pressinfo.registry.audit.FieldChanges;
import vn.gov.pressinfo.registry.directory.PublicPages;
import vn.gov.pressinfo.registry.spokesperson.RevocationRequest;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;

/**
 * The rules of authorizations (ủy quyền phát ngôn): written, one matter, a mandatory end date
 * (inclusive), expired exactly once when that date has passed in Asia/Ho_Chi_Minh, audited and
 * published in the transaction of each change.
 */
@ApplicationScoped
public class AuthorizationService {

    static final String ENTITY = "authorization";
    static final String KIND = "AUTHORIZED";
    /** The actor recorded for changes made by the expiry job. */
    static final String EXPIRY_ACTOR = "system:authorization-expiry";

    private final AuthorizationRepository authorizations;
    private final AgencyService agencies;
    private final AgencyScope scope;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final BusinessTime time;
    private final Event<PublicPagesChanged> directoryChanged;

    public AuthorizationService(AuthorizationRepository authorizations, AgencyService agencies, AgencyScope scope, AuditTrail audit,
            Outbox outbox, BusinessTime time, Event<PublicPagesChanged> directoryChanged) {
        this.authorizations = authorizations;
        this.agencies = agencies;
        this.scope = scope;
        this.audit = audit;
        this.outbox = outbox;
        this.time = time;
        this.directoryChanged = directoryChanged;
    }

    /**
     * Grants an authorization.
     *
     * @throws ProblemException 404 unknown agency, 403 another agency's officer, 422 dissolved agency or
     *                          validTo before validFrom or already past
     */
    @Transactional
    public Authorization grant(UUID agencyId, GrantAuthorizationRequest raw, String actor) {
        scope.requireAccess(agencyId);
        Agency agency = agencies.requireActiveForUpdate(agencyId);
        GrantAuthorizationRequest request = raw.cleaned();
        if (request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.unprocessable("validTo", "must not be before validFrom (" + request.validFrom() + ")");
        }
        LocalDate today = time.today();
        if (request.validTo().isBefore(today)) {
            throw ProblemException.unprocessable("validTo", "has already passed (today is " + today + " in Asia/Ho_Chi_Minh)");
        }
        Instant now = time.now();
        Authorization a = Authorization.grant(agencyId, request, actor, now);
        authorizations.persist(a);
        authorizations.flush();
        audit.record(ENTITY, a.id, a.version, "GRANTED", actor, now, FieldChanges.of()
                .set("agencyId", a.agencyId).set("fullName", a.fullName).set("title", a.title).set("phone", a.phone)
                .set("email", a.email).set("scope", a.scope).set("documentNumber", a.document.number())
                .set("documentDate", a.document.date()).set("documentSigner", a.document.signer())
                .set("validFrom", a.validFrom).set("validTo", a.validTo).set("status", a.status));
        outbox.publish(Events.AUTHORIZATION_GRANTED, new AuthorizationGranted(agencyId, agency.name, a.id, KIND, a.fullName, a.title,
                a.email, a.phone, a.scope, a.validFrom, a.validTo, now));
        directoryChanged.fire(PublicPages.CHANGED);
        return a;
    }

    /**
     * Revokes an active authorization from {@code effectiveDate} (today by default; not in the future,
     * since the authorization leaves the public directory at once).
     *
     * @throws ProblemException 428/412 If-Match, 409 when no longer active, 422 for an impossible date
     */
    @Transactional
    public Authorization revoke(UUID id, String ifMatch, RevocationRequest request, String actor) {
        Authorization a = get(id);
        ETags.requireMatch(ifMatch, a.version);
        if (a.status != AuthorizationStatus.ACTIVE) {
            throw ProblemException.conflict("Authorization " + id + " is already " + a.status + "; only an active one can be revoked.");
        }
        LocalDate today = time.today();
        LocalDate effective = request.effectiveDate() == null ? today : request.effectiveDate();
        if (effective.isAfter(today)) {
            throw ProblemException.unprocessable("effectiveDate", "must not be in the future: record the revocation on the day it takes effect");
        }
        if (effective.isAfter(a.validTo)) {
            throw ProblemException.unprocessable("effectiveDate", "is after the last day of the authorization (" + a.validTo + ")");
        }
        Instant now = time.now();
        a.status = AuthorizationStatus.REVOKED;
        a.revokedFrom = effective;
        a.revocationReason = request.reason().strip();
        a.stamp = a.stamp.updated(actor, now);
        authorizations.flush();
        audit.record(ENTITY, a.id, a.version, "REVOKED", actor, now, FieldChanges.of()
                .change("status", AuthorizationStatus.ACTIVE, AuthorizationStatus.REVOKED)
                .set("revokedFrom", effective).set("revocationReason", a.revocationReason));
        directoryChanged.fire(PublicPages.CHANGED);
        return a;
    }

    /**
     * Expires up to {@code limit} active authorizations whose last day has passed (today &gt; validTo in
     * Asia/Ho_Chi_Minh), each with its AuthorizationExpired event, in one transaction. Safe to run
     * on several replicas at once: see {@link AuthorizationRepository#lockDue}.
     *
     * @return how many were expired
     */
    @Transactional
    public int expireDue(int limit) {
        LocalDate today = time.today();
        List<Authorization> due = authorizations.lockDue(today, limit);
        Instant now = time.now();
        for (Authorization a : due) {
            a.status = AuthorizationStatus.EXPIRED;
            a.stamp = a.stamp.updated(EXPIRY_ACTOR, now);
        }
        authorizations.flush();
        for (Authorization a : due) {
            audit.record(ENTITY, a.id, a.version, "EXPIRED", EXPIRY_ACTOR, now, FieldChanges.of()
                    .change("status", AuthorizationStatus.ACTIVE, AuthorizationStatus.EXPIRED));
            Agency agency = agencies.get(a.agencyId);
            outbox.publish(Events.AUTHORIZATION_EXPIRED, new AuthorizationExpired(a.agencyId, agency.name, a.id, KIND, a.fullName,
                    a.title, a.email, a.phone, a.scope, a.validFrom, a.validTo, now));
        }
        if (!due.isEmpty()) {
            directoryChanged.fire(PublicPages.CHANGED);
        }
        return due.size();
    }

    /** @throws ProblemException 404 unknown, 403 another agency's officer */
    public Authorization get(UUID id) {
        Authorization a = authorizations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Authorization " + id + " does not exist."));
        scope.requireAccess(a.agencyId);
        return a;
    }

    public Page<AuthorizationResponse> ofAgency(UUID agencyId, AuthorizationStatus status, PageRequest page) {
        scope.requireAccess(agencyId);
        agencies.get(agencyId);
        return authorizations.ofAgency(agencyId, status, page);
    }

    public List<AuditEntryResponse> history(UUID id) {
        get(id);
        return audit.trail(ENTITY, id);
    }
}
