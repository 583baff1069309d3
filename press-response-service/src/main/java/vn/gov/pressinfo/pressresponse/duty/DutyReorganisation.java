package vn.gov.pressinfo.pressresponse.duty;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.pressresponse.agency.WorkMove;

/**
 * Periodic duties naming a reorganised agency: they pass to the successor that takes its work (its notices of past periods
 * stay with the predecessor); with no successor, nobody owes them any more and they end the day before the reorganisation.
 * No event: a duty is a rule, not a piece of open work. Only duties still naming the predecessor and in force on the
 * effective date change, so a replay changes nothing.
 */
@ApplicationScoped
public class DutyReorganisation {

    private static final Logger LOG = Logger.getLogger(DutyReorganisation.class);

    private final PressDutyRepository duties;

    public DutyReorganisation(PressDutyRepository duties) {
        this.duties = duties;
    }

    /** @return how many duties moved or ended */
    @Transactional(Transactional.TxType.MANDATORY)
    public int move(WorkMove move) {
        LocalDate effective = move.event().effectiveDate();
        int changed = 0;
        for (PressDuty d : duties.lockActiveOf(move.fromAgencyId(), effective)) {
            if (!move.returnedToDepartment()) {
                d.agencyId = move.toAgencyId();
                changed++;
            } else {
                LocalDate lastDay = effective.minusDays(1);
                LocalDate end = lastDay.isBefore(d.effectiveFrom) ? d.effectiveFrom : lastDay;
                if (!end.equals(d.effectiveTo)) {
                    d.effectiveTo = end;
                    changed++;
                }
            }
        }
        if (changed > 0) {
            LOG.infof("%d periodic press duty(ies) of agency %s %s (reorganisation %s)", changed, move.fromAgencyId(),
                    move.returnedToDepartment() ? "ended" : "moved to " + move.toAgencyId(), move.event().reorganisationId());
        }
        return changed;
    }
}
