package vn.gov.pressinfo.pressresponse.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.SpokespersonReference;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.StatementIssued;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.agency.KnownAgencies;
import vn.gov.pressinfo.pressresponse.inquiry.PressInquiry;
import vn.gov.pressinfo.pressresponse.inquiry.PressInquiryRepository;
import vn.gov.pressinfo.pressresponse.presscase.PressCase;
import vn.gov.pressinfo.pressresponse.presscase.PressCaseRepository;
import vn.gov.pressinfo.pressresponse.speaker.Speakers;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.ProblemType;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;

/**
 * Recording and reading statements (phát ngôn, cung cấp thông tin cho báo chí). Every statement, whether recorded
 * directly or as the answer to a press inquiry, goes through {@link #issue} and publishes StatementIssued in the same
 * transaction.
 */
@ApplicationScoped
public class StatementService {

    private final StatementRepository statements;
    private final StatementListQueries list;
    private final PressInquiryRepository inquiries;
    private final PressCaseRepository cases;
    private final KnownAgencies agencies;
    private final Speakers speakers;
    private final AgencyScope scope;
    private final Outbox outbox;
    private final BusinessTime time;
    private final Event<PublicPagesChanged> changed;

    public StatementService(StatementRepository statements, StatementListQueries list, PressInquiryRepository inquiries,
            PressCaseRepository cases, KnownAgencies agencies, Speakers speakers, AgencyScope scope, Outbox outbox, BusinessTime time,
            Event<PublicPagesChanged> changed) {
        this.statements = statements;
        this.list = list;
        this.inquiries = inquiries;
        this.cases = cases;
        this.agencies = agencies;
        this.speakers = speakers;
        this.scope = scope;
        this.outbox = outbox;
        this.time = time;
        this.changed = changed;
    }

    /** A statement to record, its speaker already checked. */
    public record Issue(UUID agencyId, String agencyName, InformationForm form, String title, String content, SpokespersonReference speaker,
            Instant issuedAt, List<String> pressAgencies, UUID inquiryId, UUID incidentId, UUID caseId, boolean isPublic) {
    }

    /**
     * Records a statement that an agency reports: checks the agency, the speaker on the day it spoke, the time and the
     * links, then {@link #issue}s it.
     *
     * @throws ProblemException 403 another agency's officer; 422 unknown or dissolved agency, time in the future, a person
     *                          who may not speak for the agency that day, an inquiry or case of another agency
     */
    @Transactional
    public Statement record(RecordStatementRequest request, String actor) {
        scope.requireAccess(request.agencyId());
        if (request.isPublic() == null) {
            throw new ProblemException(ProblemType.VALIDATION, 400, "The request has 1 invalid field.",
                    List.of(new Problem.FieldError("public", "must not be null")));
        }
        AgencyReference agency = agencies.require("agencyId", request.agencyId());
        Instant now = time.now();
        Instant issuedAt = request.issuedAt() == null ? now : request.issuedAt();
        if (issuedAt.isAfter(now)) {
            throw ProblemException.unprocessable("issuedAt", "must not be in the future");
        }
        LocalDate day = issuedAt.atZone(BusinessTime.ZONE).toLocalDate();
        SpokespersonReference speaker = speakers.speaker(agency.id, request.spokespersonEmail(), day)
                .orElseThrow(() -> ProblemException.unprocessable("spokespersonEmail", request.spokespersonEmail() + " is not the "
                        + "spokesperson, the head or an authorized spokesperson of " + agency.name + " on " + day + " in the spokesperson registry"));
        if (request.inquiryId() != null) {
            PressInquiry inquiry = inquiries.findByIdOptional(request.inquiryId()).orElseThrow(() ->
                    ProblemException.unprocessable("inquiryId", "press inquiry " + request.inquiryId() + " does not exist"));
            if (!inquiry.agencyId.equals(agency.id)) {
                throw ProblemException.unprocessable("inquiryId", "press inquiry " + inquiry.id + " is addressed to another agency");
            }
        }
        if (request.caseId() != null) {
            PressCase c = cases.findByIdOptional(request.caseId()).orElseThrow(() ->
                    ProblemException.unprocessable("caseId", "false-information case " + request.caseId() + " does not exist"));
            if (!agency.id.equals(c.concernedAgencyId) && !agency.id.equals(c.responsibleAgencyId)) {
                throw ProblemException.unprocessable("caseId", "false-information case " + c.id + " concerns another agency");
            }
        }
        List<String> pressAgencies = request.pressAgencies() == null ? List.of()
                : request.pressAgencies().stream().map(TextSearch::clean).distinct().toList();
        return issue(new Issue(agency.id, agency.name, request.form(), TextSearch.clean(request.title()), request.content().strip(),
                speaker, issuedAt, pressAgencies, request.inquiryId(), request.incidentId(), request.caseId(), request.isPublic()), actor);
    }

    /** Stores a statement whose speaker and links are checked and publishes StatementIssued, in the caller's transaction. */
    @Transactional
    public Statement issue(Issue issue, String actor) {
        Instant now = time.now();
        Statement s = new Statement();
        s.id = UUID.randomUUID();
        s.agencyId = issue.agencyId();
        s.agencyName = issue.agencyName();
        s.form = issue.form();
        s.title = issue.title();
        s.content = issue.content();
        s.spokespersonName = issue.speaker().fullName;
        s.spokespersonEmail = issue.speaker().email.trim().toLowerCase(Locale.ROOT);
        s.issuedAt = issue.issuedAt();
        s.pressAgencies = issue.pressAgencies().toArray(String[]::new);
        s.inquiryId = issue.inquiryId();
        s.incidentId = issue.incidentId();
        s.caseId = issue.caseId();
        s.isPublic = issue.isPublic();
        s.recordedAt = now;
        s.recordedBy = actor;
        statements.persist(s);
        outbox.publish(Events.STATEMENT_ISSUED, new StatementIssued(s.id, s.agencyId, s.agencyName, s.form.name(), s.title, s.spokespersonName,
                s.issuedAt, s.isPublic, s.inquiryId, s.incidentId, s.caseId, actor, now), now);
        changed.fire(PublicStatementFeed.CHANGED);
        return s;
    }

    /**
     * @throws ProblemException 404 unknown; 403 another agency's officer
     */
    public Statement get(UUID id) {
        Statement s = statements.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No statement " + id + "."));
        scope.requireAccess(s.agencyId);
        return s;
    }

    /** The filters of the statement list (business dates, both inclusive); null filters are left out. */
    public record Filter(UUID agencyId, InformationForm form, LocalDate from, LocalDate to) {
    }

    /** Statements, newest first; an agency officer sees only its agency's. */
    public Page<StatementResponse> search(Filter filter, PageRequest page) {
        UUID agencyId = filter.agencyId();
        var confined = scope.confinedAgency();
        if (confined.isPresent()) {
            if (agencyId != null && !agencyId.equals(confined.get())) {
                throw ProblemException.forbidden("An agency officer may only list the statements of their own agency.");
            }
            agencyId = confined.get();
        }
        return list.find(range(agencyId, filter.form(), filter.from(), filter.to(), false), page);
    }

    /**
     * The repository filter for business dates {@code from}..{@code to} (inclusive, Asia/Ho_Chi_Minh).
     *
     * @throws ProblemException 400 when {@code to} is before {@code from}
     */
    public static StatementRepository.Filter range(UUID agencyId, InformationForm form, LocalDate from, LocalDate to, boolean publicOnly) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ProblemException(ProblemType.VALIDATION, 400, "The request has 1 invalid field.",
                    List.of(new Problem.FieldError("to", "must not be before from (" + from + ")")));
        }
        return new StatementRepository.Filter(agencyId, form, from == null ? null : from.atStartOfDay(BusinessTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant(), publicOnly);
    }
}
