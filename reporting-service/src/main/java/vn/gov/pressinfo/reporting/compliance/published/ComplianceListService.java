package vn.gov.pressinfo.reporting.compliance.published;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyReferenceRepository;
import vn.gov.pressinfo.reporting.compliance.ComplianceLists;
import vn.gov.pressinfo.reporting.compliance.ComplianceScores;
import vn.gov.pressinfo.reporting.compliance.ComplianceService;
import vn.gov.pressinfo.reporting.document.Letterheads;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/** Publishes the period's compliance lists with their decision, and reads them back for the public. */
@ApplicationScoped
public class ComplianceListService {

    private final ComplianceListRepository lists;
    private final ComplianceService compliance;
    private final AgencyReferenceRepository agencies;
    private final Letterheads letterheads;
    private final BusinessTime time;

    public ComplianceListService(ComplianceListRepository lists, ComplianceService compliance, AgencyReferenceRepository agencies,
            Letterheads letterheads, BusinessTime time) {
        this.lists = lists;
        this.compliance = compliance;
        this.agencies = agencies;
        this.letterheads = letterheads;
        this.time = time;
    }

    /**
     * Publishes a list: 422 for a bad period or an agency this service does not know, 409 when the period already has a list
     * of that kind or no agency held the press management role on the decision date.
     */
    @Transactional
    public ComplianceList publish(PublishComplianceList command, String actor) {
        ComplianceScores scores = compliance.scores(command.period(), null, null);
        if (lists.exists(scores.period(), command.kind())) {
            throw ProblemException.conflict("The " + command.kind() + " list of period " + scores.period() + " is already published.");
        }
        Letterheads.Letterhead head = letterheads.on(command.decision().date());
        ComplianceList l = new ComplianceList();
        l.id = UUID.randomUUID();
        l.periodLabel = scores.period();
        l.kind = command.kind();
        l.decisionNumber = command.decision().number().strip();
        l.decisionDate = command.decision().date();
        l.decisionSigner = command.decision().signer().strip();
        l.issuerId = head.department().agencyId();
        l.issuerName = head.department().agencyName();
        l.issuerCode = head.symbolSuffix();
        l.provinceCommittee = head.provinceCommittee();
        if (command.agencyIds() == null || command.agencyIds().isEmpty()) {
            ComplianceLists.Lists derived = ComplianceLists.ofPeriod(scores);
            boolean commendation = command.kind() == ComplianceListKind.COMMENDATION;
            l.agencies = commendation ? derived.commendation() : derived.notPerformingWell();
            l.rule = commendation ? derived.commendationRule() : derived.notPerformingWellRule();
        } else {
            l.agencies = named(command.agencyIds(), scores);
        }
        l.agencyCount = l.agencies.size();
        l.publishedAt = time.now();
        l.publishedBy = actor;
        lists.persist(l);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("period", l.periodLabel);
        detail.put("kind", l.kind.name());
        detail.put("decisionNumber", l.decisionNumber);
        detail.put("agencyCount", l.agencyCount);
        detail.put("derived", l.rule != null);
        lists.audit(l.id, "PUBLISHED", actor, l.publishedAt, detail);
        return l;
    }

    /** The agencies press-admin named, in its order, with their names snapshotted and their scores of the period (one query). */
    private List<ComplianceLists.Entry> named(List<UUID> ids, ComplianceScores scores) {
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<UUID, AgencyReference> known = new HashMap<>();
        agencies.list("id in ?1", distinct).forEach(a -> known.put(a.id, a));
        Map<UUID, Double> score = new HashMap<>();
        scores.ranking().forEach(s -> score.put(s.agencyId(), s.score()));
        List<ComplianceLists.Entry> entries = new ArrayList<>();
        for (UUID id : distinct) {
            AgencyReference a = known.get(id);
            if (a == null) {
                throw ProblemException.unprocessable("agencyIds", "agency " + id + " is not known to this service");
            }
            Double s = score.get(id);
            entries.add(new ComplianceLists.Entry(a.id, a.name, a.type, s, s == null ? null : ComplianceLists.scoreReason(s)));
        }
        return entries;
    }

    public ComplianceList get(UUID id) {
        return lists.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Compliance list " + id + " does not exist."));
    }

    public Page<ComplianceListResponse> search(ComplianceListRepository.Filter filter, PageRequest page) {
        return lists.search(filter, page);
    }

    public List<ComplianceListAudit> history(UUID id) {
        get(id);
        return lists.history(id);
    }
}
