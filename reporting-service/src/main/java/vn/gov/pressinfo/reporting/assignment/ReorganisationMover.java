package vn.gov.pressinfo.reporting.assignment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyReferenceRepository;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.events.reporting.ReportAssignmentMoved;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.reporting.facts.AgencyLineage;
import vn.gov.pressinfo.reporting.request.ReportRequest;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * After a reorganisation (sắp xếp tổ chức lại), nothing stays on an agency that ended. For each predecessor:
 * <ul>
 * <li>an assignment that still awaits a submission (OPEN or RETURNED) moves to the heir (the successor that takes the
 * predecessor's work, {@link AgencyReorganized.Link#heir()}); without an heir, or when the heir was asked by the same
 * request already, it ends as {@link AssignmentState#WITHDRAWN}. Either way the history says why, quoting the
 * reorganisation's legal basis, and ReportAssignmentMoved is published in the same transaction, once per assignment;</li>
 * <li>the lineage predecessor → heir is recorded and the predecessor's facts move to the heir ({@link AgencyLineage}).</li>
 * </ul>
 * Submitted and accepted reports stay with the agency that made them. A rename moves nothing, and neither does a link
 * whose predecessor lives on as one of the successors without naming another heir. Naturally idempotent: only work still
 * on a predecessor moves, so replaying the topic changes nothing.
 */
@ApplicationScoped
public class ReorganisationMover {

    private static final Logger LOG = Logger.getLogger(ReorganisationMover.class);
    static final String ACTOR = "registry-service";
    static final String MOVED = "MOVED";
    static final String WITHDRAWN = "WITHDRAWN";

    private final AssignmentRepository assignments;
    private final AssignmentTransitionRepository transitions;
    private final AgencyReferenceRepository agencies;
    private final AgencyLineage lineage;
    private final Outbox outbox;
    private final BusinessTime time;

    public ReorganisationMover(AssignmentRepository assignments, AssignmentTransitionRepository transitions, AgencyReferenceRepository agencies,
            AgencyLineage lineage, Outbox outbox, BusinessTime time) {
        this.assignments = assignments;
        this.transitions = transitions;
        this.agencies = agencies;
        this.lineage = lineage;
        this.outbox = outbox;
        this.time = time;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgencyReorganized event) {
        if (!event.movesWork()) {
            return;
        }
        Instant now = time.now();
        for (AgencyReorganized.Link link : event.mapping()) {
            UUID predecessor = link.predecessorId();
            Optional<UUID> heir = link.heir().filter(h -> !h.equals(predecessor));
            if (heir.isEmpty() && link.successorIds().contains(predecessor)) {
                continue; // the predecessor lives on and keeps its work
            }
            if (heir.isPresent() && !link.successorIds().contains(predecessor)) {
                int facts = lineage.record(new AgencyLineage.Link(predecessor, heir.get(), event.reorganisationId(), event.reference(),
                        event.effectiveDate()), now);
                if (facts > 0) {
                    LOG.infof("%d fact(s) of agency %s now belong to its heir %s (%s)", facts, predecessor, heir.get(), event.kind());
                }
            }
            for (Assignment a : assignments.movable(predecessor)) {
                if (heir.isPresent() && !assignments.exists(a.requestId, heir.get())) {
                    moveTo(a, heir.get(), link, event, now);
                } else {
                    withdraw(a, heir.orElse(null), link, event, now);
                }
            }
        }
    }

    private void moveTo(Assignment a, UUID heirId, AgencyReorganized.Link link, AgencyReorganized event, Instant now) {
        UUID fromId = a.agencyId;
        String from = a.agencyName;
        AgencyReference heir = agencies.findById(heirId);
        a.agencyId = heirId;
        if (heir != null) {
            a.agencyName = heir.name;
            a.agencyType = heir.type;
        } else if (link.workToName() != null) {
            a.agencyName = link.workToName();
        }
        a.updatedAt = now;
        transitions.persist(AssignmentTransition.of(a.id, a.state, a.state, ACTOR, now, "Chuyển từ " + from + " sang " + a.agencyName + " do "
                + kind(event) + " theo " + event.reference()));
        assignments.flush();
        publish(a, MOVED, fromId, from, heirId, a.agencyName, event, now);
        LOG.infof("Assignment %s moved from agency %s to %s (%s)", a.id, fromId, heirId, event.kind());
    }

    private void withdraw(Assignment a, UUID heirId, AgencyReorganized.Link link, AgencyReorganized event, Instant now) {
        if (!a.state.canMoveTo(AssignmentState.WITHDRAWN)) {
            throw new IllegalStateException("Assignment " + a.id + " is " + a.state + " and cannot be withdrawn");
        }
        String note = "Rút yêu cầu: cơ quan đã giải thể/sáp nhập theo " + event.reference();
        if (heirId != null) {
            AgencyReference heir = agencies.findById(heirId);
            String heirName = heir != null ? heir.name : link.workToName() != null ? link.workToName() : heirId.toString();
            note += " (cơ quan kế thừa " + heirName + " đã được yêu cầu báo cáo trong cùng văn bản)";
        }
        transitions.persist(AssignmentTransition.of(a.id, a.state, AssignmentState.WITHDRAWN, ACTOR, now, note));
        a.state = AssignmentState.WITHDRAWN;
        a.updatedAt = now;
        assignments.flush();
        publish(a, WITHDRAWN, a.agencyId, a.agencyName, null, null, event, now);
        LOG.infof("Assignment %s of agency %s withdrawn (%s)", a.id, a.agencyId, event.kind());
    }

    private void publish(Assignment a, String outcome, UUID fromId, String fromName, UUID toId, String toName, AgencyReorganized event,
            Instant now) {
        ReportRequest r = a.request;
        outbox.publish(Events.REPORT_ASSIGNMENT_MOVED, new ReportAssignmentMoved(a.id, r.id, r.reference, r.subject, outcome, fromId, fromName,
                toId, toName, a.dueDate, event.reorganisationId(), event.reference(), now), now);
    }

    /** The kind of reorganisation as the history words it. */
    private static String kind(AgencyReorganized event) {
        return switch (event.kind()) {
            case "MERGE" -> "sáp nhập";
            case "SPLIT" -> "chia tách";
            case "DISSOLVE" -> "giải thể";
            default -> "sắp xếp tổ chức lại";
        };
    }
}
