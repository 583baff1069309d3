package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.agency.KnownAgencies;
import vn.gov.pressinfo.pressresponse.agency.Reassignment;
import vn.gov.pressinfo.pressresponse.presscard.PressCardCheck;
import vn.gov.pressinfo.pressresponse.presscard.PressCardDirectory;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;

/**
 * Registration, transfer and reading of press inquiries (tiếp nhận, chuyển yêu cầu cung cấp thông tin của báo chí).
 * The steps in between are {@link InquiryStepService}'s; each goes through {@link InquiryWorkflow} and publishes its
 * event in the same transaction.
 */
@ApplicationScoped
public class PressInquiryService {

    /** Receipts before this day are refused as typing errors: the suite's rules start with Decree 09/2017. */
    static final LocalDate EARLIEST_RECEIPT = LocalDate.of(2017, 1, 1);

    private final PressInquiryRepository inquiries;
    private final InquiryRefusalRepository refusals;
    private final InquiryWorkflow workflow;
    private final InquiryClock clock;
    private final KnownAgencies agencies;
    private final PressCardDirectory pressCards;
    private final RefusalGrounds grounds;
    private final AgencyScope scope;
    private final Outbox outbox;
    private final BusinessTime time;

    public PressInquiryService(PressInquiryRepository inquiries, InquiryRefusalRepository refusals, InquiryWorkflow workflow,
            InquiryClock clock, KnownAgencies agencies, PressCardDirectory pressCards, RefusalGrounds grounds, AgencyScope scope,
            Outbox outbox, BusinessTime time) {
        this.inquiries = inquiries;
        this.refusals = refusals;
        this.workflow = workflow;
        this.clock = clock;
        this.agencies = agencies;
        this.pressCards = pressCards;
        this.grounds = grounds;
        this.scope = scope;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Registers an inquiry as RECEIVED, checks the press card against the registry's cards (a card that does not check out
     * is flagged, not refused), starts the clock on the day of receipt and publishes PressInquiryReceived.
     *
     * @throws ProblemException 403 another agency's officer, 422 unknown or dissolved agency, receipt in the future
     */
    @Transactional
    public PressInquiry register(InquiryRequests.Register request, String actor) {
        scope.requireAccess(request.agencyId());
        AgencyReference agency = agencies.require("agencyId", request.agencyId());
        Instant now = time.now();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        if (receivedAt.isAfter(now)) {
            throw ProblemException.unprocessable("receivedAt", "must not be in the future");
        }
        if (receivedAt.isBefore(EARLIEST_RECEIPT.atStartOfDay(BusinessTime.ZONE).toInstant())) {
            throw ProblemException.unprocessable("receivedAt", "must not be before " + EARLIEST_RECEIPT);
        }
        LocalDate receivedOn = receivedAt.atZone(BusinessTime.ZONE).toLocalDate();
        PressCardCheck card = pressCards.check(request.pressCardNumber(), receivedOn);
        PressInquiry q = new PressInquiry();
        q.id = UUID.randomUUID();
        q.agencyId = agency.id;
        q.agencyName = agency.name;
        q.pressAgencyId = request.pressAgencyId();
        q.outletName = TextSearch.clean(request.outletName());
        q.journalistName = TextSearch.clean(request.journalistName());
        q.pressCardNumber = card.number();
        q.pressCardStatus = card.status();
        q.introductionLetter = TextSearch.clean(request.introductionLetter());
        q.channel = request.channel();
        q.subject = TextSearch.clean(request.subject());
        q.questions = request.questions().stream().map(String::strip).toArray(String[]::new);
        q.receivedAt = receivedAt;
        q.state = InquiryState.RECEIVED;
        clock.start(q, receivedOn);
        q.registeredAt = now;
        q.registeredBy = actor;
        q.updatedAt = now;
        q.updatedBy = actor;
        inquiries.persist(q);
        workflow.record(q.id, "RECEIVED", null, InquiryState.RECEIVED, actor, now, "Channel: " + q.channel + "; press card: "
                + q.pressCardStatus + (InquiryEvents.flagged(q) ? " (flagged)" : ""));
        outbox.publish(Events.PRESS_INQUIRY_RECEIVED, InquiryEvents.received(q), now);
        return q;
    }

    /**
     * → TRANSFERRED to the competent agency, which gets a new inquiry whose clock starts today; publishes
     * PressInquiryTransferred and the new inquiry's PressInquiryReceived.
     *
     * @throws ProblemException 422 unknown, dissolved or the same agency; 409 the state does not allow it
     * @return the new inquiry of the competent agency
     */
    @Transactional
    public PressInquiry transfer(UUID id, InquiryRequests.Transfer request, String actor) {
        PressInquiry q = workflow.lock(id);
        q.requireAllowed(InquiryState.TRANSFERRED);
        if (request.toAgencyId().equals(q.agencyId)) {
            throw ProblemException.unprocessable("toAgencyId", "is the agency the inquiry is already addressed to");
        }
        AgencyReference target = agencies.require("toAgencyId", request.toAgencyId());
        Instant now = time.now();
        String reason = TextSearch.clean(request.reason());
        workflow.move(q, InquiryState.TRANSFERRED, "TRANSFERRED", actor, now, "→ " + target.name + ": " + reason);
        PressInquiry next = copyFor(q, target, now, actor);
        clock.start(next, time.today());
        inquiries.persist(next);
        q.transferredToAgencyId = next.agencyId;
        q.transferredToInquiryId = next.id;
        workflow.record(next.id, "RECEIVED", null, InquiryState.RECEIVED, actor, now, "Transferred from " + q.agencyName + ": " + reason);
        outbox.publish(Events.PRESS_INQUIRY_TRANSFERRED, InquiryEvents.transferred(q, next, reason, actor, now), now);
        outbox.publish(Events.PRESS_INQUIRY_RECEIVED, InquiryEvents.received(next), now);
        return next;
    }

    /**
     * Gives an inquiry a reorganisation returned to the department to another agency (Sở giao lại): the state, the assignee
     * and the clock stay (the journalist's deadline stands), the flag clears, the step is recorded.
     *
     * @throws ProblemException 409 the inquiry does not await reassignment (use a transfer), 422 unknown or dissolved agency
     */
    @Transactional
    public PressInquiry reassign(UUID id, Reassignment request, String actor) {
        PressInquiry q = workflow.lock(id);
        if (!q.awaitingReassignment) {
            throw ProblemException.conflict("Inquiry " + id + " does not await reassignment by the department; to hand it to the "
                    + "competent agency, transfer it.");
        }
        AgencyReference agency = agencies.require("agencyId", request.agencyId());
        String note = TextSearch.clean(request.note());
        Instant now = time.now();
        String step = agency.id.equals(q.agencyId) ? "Sở giao lại: " + q.agencyName + " tiếp tục trả lời"
                : "Sở giao lại: " + q.agencyName + " → " + agency.name;
        q.agencyId = agency.id;
        q.agencyName = agency.name;
        q.awaitingReassignment = false;
        q.updatedAt = now;
        q.updatedBy = actor;
        workflow.record(q.id, "REASSIGNED", q.state, q.state, actor, now, step + (note == null ? "" : ". " + note));
        return q;
    }

    private static PressInquiry copyFor(PressInquiry q, AgencyReference agency, Instant now, String actor) {
        PressInquiry next = new PressInquiry();
        next.id = UUID.randomUUID();
        next.agencyId = agency.id;
        next.agencyName = agency.name;
        next.pressAgencyId = q.pressAgencyId;
        next.outletName = q.outletName;
        next.journalistName = q.journalistName;
        next.pressCardNumber = q.pressCardNumber;
        next.pressCardStatus = q.pressCardStatus;
        next.introductionLetter = q.introductionLetter;
        next.channel = q.channel;
        next.subject = q.subject;
        next.questions = q.questions.clone();
        next.receivedAt = now;
        next.state = InquiryState.RECEIVED;
        next.transferredFromInquiryId = q.id;
        next.registeredAt = now;
        next.registeredBy = actor;
        next.updatedAt = now;
        next.updatedBy = actor;
        return next;
    }

    public PressInquiry get(UUID id) {
        return workflow.read(id);
    }

    public List<InquiryTransition> history(UUID id) {
        return workflow.history(id);
    }

    /** The filters of the inquiry list; null filters are left out. */
    public record Filter(UUID agencyId, InquiryState state, OverdueLevel overdue, Boolean awaitingReassignment, String q) {
    }

    /** Inquiries, newest receipt first; an agency officer sees only its agency's. */
    public Page<PressInquiryResponse> search(Filter filter, PageRequest page) {
        UUID agencyId = filter.agencyId();
        var confined = scope.confinedAgency();
        if (confined.isPresent()) {
            if (agencyId != null && !agencyId.equals(confined.get())) {
                throw ProblemException.forbidden("An agency officer may only list the inquiries of their own agency.");
            }
            agencyId = confined.get();
        }
        return inquiries.page(new Filter(agencyId, filter.state(), filter.overdue(), filter.awaitingReassignment(), filter.q()),
                time.today(), page);
    }

    /** The inquiry as clients see it on {@code today}. */
    public PressInquiryResponse view(PressInquiry q, LocalDate today) {
        List<InquiryRefusal> refused = q.respondedAt == null ? List.of() : refusals.ofInquiry(q.id);
        var labels = refused.isEmpty() ? java.util.Map.<String, String>of()
                : grounds.labels(q.respondedAt.atZone(BusinessTime.ZONE).toLocalDate());
        return PressInquiryResponse.of(q, clock.level(q, today), refused, labels);
    }

    public PressInquiryResponse view(PressInquiry q) {
        return view(q, time.today());
    }
}
