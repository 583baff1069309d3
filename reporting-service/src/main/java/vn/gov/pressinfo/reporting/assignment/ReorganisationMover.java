package vn.gov.pressinfo.reporting.assignment;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyReferenceRepository;
import vn.gov.pressinfo.events.registry.AgencyReorganized;

/**
 * After a reorganisation (sắp xếp tổ chức lại), assignments of a predecessor that still await a submission (OPEN or
 * RETURNED) move to its successor: the first successor for a split. Each move is recorded in the assignment's history.
 * Submitted and accepted reports stay with the agency that made them; so does an assignment whose successor was
 * asked by the same request already (the history says why).
 */
@ApplicationScoped
public class ReorganisationMover {

    private static final Logger LOG = Logger.getLogger(ReorganisationMover.class);
    static final String ACTOR = "registry-service";

    private final AssignmentRepository assignments;
    private final AssignmentTransitionRepository transitions;
    private final AgencyReferenceRepository agencies;

    public ReorganisationMover(AssignmentRepository assignments, AssignmentTransitionRepository transitions, AgencyReferenceRepository agencies) {
        this.assignments = assignments;
        this.transitions = transitions;
        this.agencies = agencies;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgencyReorganized event) {
        Instant now = Instant.now();
        String basis = event.legalBasis() == null ? "" : " theo " + event.legalBasis().number();
        for (AgencyReorganized.Link link : event.mapping()) {
            if (link.successorIds().isEmpty() || link.successorIds().get(0).equals(link.predecessorId())) {
                continue;
            }
            UUID successorId = link.successorIds().get(0);
            AgencyReference successor = agencies.findById(successorId);
            for (Assignment a : assignments.movable(link.predecessorId())) {
                if (assignments.exists(a.requestId, successorId)) {
                    transitions.persist(AssignmentTransition.of(a.id, a.state, a.state, ACTOR, now, "Không chuyển sang cơ quan kế thừa "
                            + successorId + " (" + event.kind() + basis + "): cơ quan này đã được yêu cầu báo cáo trong cùng văn bản"));
                    continue;
                }
                String from = a.agencyName;
                a.agencyId = successorId;
                if (successor != null) {
                    a.agencyName = successor.name;
                    a.agencyType = successor.type;
                }
                a.updatedAt = now;
                transitions.persist(AssignmentTransition.of(a.id, a.state, a.state, ACTOR, now, "Chuyển từ " + from + " sang "
                        + a.agencyName + " (" + event.kind() + basis + ")"));
                LOG.infof("Assignment %s moved from agency %s to %s (%s)", a.id, link.predecessorId(), successorId, event.kind());
            }
        }
    }
}
