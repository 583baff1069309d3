package vn.gov.pressinfo.pressresponse.reorganisation;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.agencydirectory.AgencyDirectory;
import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyRoles;
import vn.gov.pressinfo.agencydirectory.RoleHolder;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.pressresponse.agency.WorkMove;
import vn.gov.pressinfo.pressresponse.duty.DutyReorganisation;
import vn.gov.pressinfo.pressresponse.incident.IncidentReorganisation;
import vn.gov.pressinfo.pressresponse.inquiry.InquiryReorganisation;
import vn.gov.pressinfo.pressresponse.presscase.CaseReorganisation;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * After a reorganisation (sắp xếp tổ chức lại), the open press work of each predecessor (cases not closed, inquiries still
 * owing a response, incidents the lead has not spoken about, periodic duties in force) goes to the successor that takes its
 * work ({@link AgencyReorganized.Link#heir()}); with none, back to the agency that holds the press management department
 * role on the effective date, flagged for reassignment. A rename moves nothing. Everything happens in the consumer's
 * transaction, and only items still on the predecessor move, so a replay of the topic changes nothing.
 */
@ApplicationScoped
public class ReorganisationMover {

    private static final Logger LOG = Logger.getLogger(ReorganisationMover.class);

    private final CaseReorganisation cases;
    private final InquiryReorganisation inquiries;
    private final IncidentReorganisation incidents;
    private final DutyReorganisation duties;
    private final AgencyDirectory directory;
    private final AgencyRoles roles;
    private final BusinessTime time;

    public ReorganisationMover(CaseReorganisation cases, InquiryReorganisation inquiries, IncidentReorganisation incidents,
            DutyReorganisation duties, AgencyDirectory directory, AgencyRoles roles, BusinessTime time) {
        this.cases = cases;
        this.inquiries = inquiries;
        this.incidents = incidents;
        this.duties = duties;
        this.directory = directory;
        this.roles = roles;
        this.time = time;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgencyReorganized event) {
        if (!event.movesWork()) {
            LOG.debugf("Reorganisation %s is a %s: nothing moves", event.reorganisationId(), event.kind());
            return;
        }
        for (AgencyReorganized.Link link : event.mapping()) {
            WorkMove move = destination(event, link);
            int moved = cases.move(move) + inquiries.move(move) + incidents.move(move);
            int dutiesChanged = duties.move(move);
            LOG.infof("Reorganisation %s (%s): %d open item(s) and %d duty(ies) of %s → %s%s", event.reorganisationId(), event.reference(),
                    moved, dutiesChanged, link.predecessorId(), move.toAgencyId(), move.returnedToDepartment() ? " (returned to the department)" : "");
        }
    }

    private WorkMove destination(AgencyReorganized event, AgencyReorganized.Link link) {
        UUID from = link.predecessorId();
        Optional<UUID> heir = link.heir();
        if (heir.isPresent()) {
            String name = link.workTo() != null && link.workToName() != null ? link.workToName() : nameOf(heir.get());
            return new WorkMove(event, from, link.predecessorName(), heir.get(), name, false, true, WorkMove.ACTOR, time.now());
        }
        Optional<RoleHolder> department = roles.pressManagementDepartmentOn(event.effectiveDate())
                .filter(holder -> !holder.agencyId().equals(from));
        if (department.isEmpty()) {
            LOG.warnf("Reorganisation %s: no successor takes the work of agency %s and registry has not published the press "
                    + "management department for %s: its open items stay on it, flagged for reassignment", event.reorganisationId(),
                    from, event.effectiveDate());
            return new WorkMove(event, from, link.predecessorName(), from, link.predecessorName(), true, false, WorkMove.ACTOR, time.now());
        }
        return new WorkMove(event, from, link.predecessorName(), department.get().agencyId(), department.get().agencyName(), true, true,
                WorkMove.ACTOR, time.now());
    }

    /** The successor's name from the agency read model; its id when its snapshot has not arrived yet (another topic). */
    private String nameOf(UUID agencyId) {
        return directory.find(agencyId).map((AgencyReference a) -> a.name).orElse(agencyId.toString());
    }
}
