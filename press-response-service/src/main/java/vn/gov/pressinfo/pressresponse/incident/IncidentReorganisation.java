package vn.gov.pressinfo.pressresponse.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.agency.WorkMove;

/**
 * Moves the incidents a reorganised agency leads and has not yet spoken about to the successor that takes its work, or back
 * to the press management department flagged for reassignment; the initial statement deadline stands. PressWorkMoved is
 * published once per incident. Where the predecessor only coordinates, its successor takes its place among the coordinating
 * agencies (no event). Only incidents still on the predecessor change, so a replay changes nothing.
 */
@ApplicationScoped
public class IncidentReorganisation {

    private static final Logger LOG = Logger.getLogger(IncidentReorganisation.class);

    private final IncidentRepository incidents;
    private final IncidentTransitionRepository transitions;
    private final Outbox outbox;

    public IncidentReorganisation(IncidentRepository incidents, IncidentTransitionRepository transitions, Outbox outbox) {
        this.incidents = incidents;
        this.transitions = transitions;
        this.outbox = outbox;
    }

    /** @return how many incidents the predecessor led moved (or were flagged) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int move(WorkMove move) {
        int moved = 0;
        for (Incident i : incidents.lockOpenLedBy(move.fromAgencyId())) {
            if (!move.changesAgency() && i.awaitingReassignment) {
                continue;
            }
            String cached = i.leadAgencyName;
            i.leadAgencyId = move.toAgencyId();
            i.leadAgencyName = move.changesAgency() ? move.toAgencyName() : cached;
            i.awaitingReassignment = i.awaitingReassignment || move.returnedToDepartment();
            List<UUID> others = new ArrayList<>(List.of(i.coordinatingAgencyIds));
            if (others.remove(i.leadAgencyId)) {
                i.coordinatingAgencyIds = others.toArray(UUID[]::new);
            }
            transitions.persist(IncidentTransition.of(i.id, move.returnedToDepartment() ? "RETURNED_TO_DEPARTMENT" : "MOVED_BY_REORGANISATION",
                    move.actor(), move.at(), move.note(cached)));
            outbox.publish(Events.PRESS_WORK_MOVED, move.moved(i.id, "INCIDENT", i.summary, cached), move.at());
            moved++;
        }
        if (!move.returnedToDepartment()) {
            for (Incident i : incidents.lockOpenCoordinatedBy(move.fromAgencyId())) {
                List<UUID> others = new ArrayList<>(List.of(i.coordinatingAgencyIds));
                others.remove(move.fromAgencyId());
                if (!others.contains(move.toAgencyId()) && !move.toAgencyId().equals(i.leadAgencyId)) {
                    others.add(move.toAgencyId());
                }
                i.coordinatingAgencyIds = others.toArray(UUID[]::new);
                transitions.persist(IncidentTransition.of(i.id, "COORDINATION_MOVED", move.actor(), move.at(),
                        "Cơ quan phối hợp: " + move.note(move.fromAgencyName() == null ? move.fromAgencyId().toString() : null)));
            }
        }
        if (moved > 0) {
            LOG.infof("%d incident(s) led by agency %s moved to %s (reorganisation %s)", moved, move.fromAgencyId(), move.toAgencyId(),
                    move.event().reorganisationId());
        }
        return moved;
    }
}
