package vn.gov.pressinfo.pressresponse.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyDirectory;
import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyRoles;
import vn.gov.pressinfo.agencydirectory.RoleHolder;
import vn.gov.pressinfo.agencydirectory.SpokespersonReference;
import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.pressresponse.deadline.DeadlineKind;
import vn.gov.pressinfo.pressresponse.deadline.DeadlineRule;
import vn.gov.pressinfo.pressresponse.deadline.DeadlineRuleRepository;
import vn.gov.pressinfo.pressresponse.presscase.CaseWorkflow;
import vn.gov.pressinfo.pressresponse.presscase.PressCase;
import vn.gov.pressinfo.pressresponse.rebuttal.Rebuttal;
import vn.gov.pressinfo.pressresponse.rebuttal.RebuttalRepository;
import vn.gov.pressinfo.pressresponse.rebuttal.RebuttalStatus;
import vn.gov.pressinfo.pressresponse.speaker.Speakers;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Gathers what a rebuttal letter says from the data this service holds: the case and its approved rebuttal, the issuing
 * agency under its province committee (agency directory), the correction rule in force for the outlet's medium on the
 * letter's date (its Vietnamese citation), the approving spokesperson (spokesperson directory) and the press management
 * department of that date (agency roles).
 */
@ApplicationScoped
public class RebuttalLetters {

    /** The agency type of a province (its People's Committee), as registry names it. */
    static final String PROVINCE = "PROVINCE";
    /** How far up the agency tree the province committee is looked for. */
    private static final int MAX_DEPTH = 5;

    private final CaseWorkflow workflow;
    private final RebuttalRepository rebuttals;
    private final AgencyDirectory agencies;
    private final AgencyRoles roles;
    private final Speakers speakers;
    private final DeadlineRuleRepository rules;

    public RebuttalLetters(CaseWorkflow workflow, RebuttalRepository rebuttals, AgencyDirectory agencies, AgencyRoles roles,
            Speakers speakers, DeadlineRuleRepository rules) {
        this.workflow = workflow;
        this.rebuttals = rebuttals;
        this.agencies = agencies;
        this.roles = roles;
        this.speakers = speakers;
        this.rules = rules;
    }

    /**
     * The DOCX of the case's rebuttal letter.
     *
     * @throws ProblemException 404 no such case (or not the caller's) or no rebuttal; 409 the rebuttal is still a draft, the
     *                          agency directory does not know the issuing agency, or registry has published no press
     *                          management department for the letter's date
     */
    @Transactional
    public byte[] docx(UUID caseId) {
        return RebuttalLetter.render(content(caseId));
    }

    /** What the letter of the case says. */
    @Transactional
    public RebuttalLetter.Content content(UUID caseId) {
        PressCase c = workflow.read(caseId);
        Rebuttal r = rebuttals.ofCase(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case " + caseId + " has no rebuttal letter yet."));
        if (r.status == RebuttalStatus.DRAFT || r.approvedAt == null) {
            throw ProblemException.conflict("The rebuttal letter of case " + caseId + " is still a draft (dự thảo chưa được duyệt): "
                    + "the letter can be printed once the agency's spokesperson or head has approved it.");
        }
        LocalDate approvedOn = r.approvedAt.atZone(BusinessTime.ZONE).toLocalDate();
        LocalDate date = r.sentAt != null ? r.sentAt.atZone(BusinessTime.ZONE).toLocalDate() : approvedOn;
        AgencyReference agency = agencies.find(c.responsibleAgencyId).orElseThrow(() -> ProblemException.conflict("The agency "
                + "directory does not know agency " + c.responsibleAgencyId + " (" + c.responsibleAgencyName + "), so the letter "
                + "has no issuer or place: wait until registry-service has published it."));
        RoleHolder department = roles.pressManagementDepartmentOn(date).orElseThrow(() -> ProblemException.conflict("Registry "
                + "has not published the press management department for " + date + " (chưa có thông tin cơ quan quản lý nhà nước "
                + "về báo chí ngày " + date.format(RebuttalLetter.DATE) + "): the letter cannot name it in \"Nơi nhận\". Record the "
                + "PRESS_MANAGEMENT_DEPARTMENT role in registry-service for that date."));
        Optional<DeadlineRule> rule = rules.inForce(DeadlineKind.CORRECTION, c.medium, date);
        Optional<SpokespersonReference> signer = speakers.approver(c.responsibleAgencyId, r.approvedBy, approvedOn);
        return new RebuttalLetter.Content(issuer(agency, department), r.documentNumber, "CV-" + agency.code, date, agency.name,
                c.outletName, c.medium, c.title, c.publishedAt.atZone(BusinessTime.ZONE).toLocalDate(), c.url, c.excerpt, c.verdict,
                c.verdictReasoning, r.content, r.correctInformation,
                rule.map(d -> new RebuttalLetter.Deadline(d.amount, d.unit, d.citation)).orElse(null),
                r.sentAt == null ? null : c.correctionDueAt,
                new AdministrativeDocument.Signature(null, signer.map(s -> blankIfNull(s.title)).orElse(""),
                        signer.map(s -> blankIfNull(s.fullName)).orElse("")),
                recipients(department, r));
    }

    /**
     * The agency under its governing body (its parent; none when the agency is the province committee), the place being the
     * province of the nearest province committee above it, or of the department's when the agency has none above it.
     */
    AdministrativeDocument.Issuer issuer(AgencyReference agency, RoleHolder department) {
        if (PROVINCE.equals(agency.type)) {
            return AdministrativeDocument.Issuer.under(null, agency.name);
        }
        AgencyReference parent = agency.parentId == null ? null : agencies.find(agency.parentId).orElse(null);
        AgencyReference province = province(agency).or(() -> agencies.find(department.agencyId()).flatMap(this::province))
                .orElse(parent);
        String place = AdministrativeDocument.Issuer.under(province == null ? null : province.name, agency.name).place();
        return new AdministrativeDocument.Issuer(parent == null ? null : parent.name, agency.name, place);
    }

    private Optional<AgencyReference> province(AgencyReference agency) {
        AgencyReference current = agency;
        for (int i = 0; i < MAX_DEPTH && current != null; i++) {
            if (PROVINCE.equals(current.type)) {
                return Optional.of(current);
            }
            current = current.parentId == null ? null : agencies.find(current.parentId).orElse(null);
        }
        return Optional.empty();
    }

    /** "Như trên", the department of the letter's date, then the others the letter was copied to (once each). */
    private static List<String> recipients(RoleHolder department, Rebuttal r) {
        List<String> recipients = new ArrayList<>();
        recipients.add("Như trên");
        recipients.add(department.agencyName());
        if (r.copyTo != null) {
            for (String copy : r.copyTo) {
                if (copy != null && !copy.isBlank() && !recipients.contains(copy.strip())) {
                    recipients.add(copy.strip());
                }
            }
        }
        return recipients;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
