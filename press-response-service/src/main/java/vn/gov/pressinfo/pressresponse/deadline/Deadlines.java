package vn.gov.pressinfo.pressresponse.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.pressresponse.presscase.Medium;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * Computes deadlines from the rules in force (business time, Asia/Ho_Chi_Minh). The rule in force is the one
 * effective on the day the deadline starts, so a case keeps the rule it started under.
 */
@ApplicationScoped
public class Deadlines {

    private final DeadlineRuleRepository rules;
    private final WorkingCalendar calendar;

    public Deadlines(DeadlineRuleRepository rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The last day to act, for a rule counted from {@code start} (a business date). */
    public LocalDate dueDate(DeadlineKind kind, Medium medium, LocalDate start) {
        DeadlineRule rule = rule(kind, medium, start);
        return switch (rule.unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, rule.amount);
            case CALENDAR_DAYS -> start.plusDays(rule.amount);
            case HOURS -> start.plusDays((rule.amount + 23) / 24);
        };
    }

    /**
     * The instant by which to act, for a rule counted from {@code start}: hours are exact; days end at the
     * end of the due day (midnight in Asia/Ho_Chi_Minh).
     */
    public Instant dueAt(DeadlineKind kind, Medium medium, Instant start) {
        ZonedDateTime local = start.atZone(BusinessTime.ZONE);
        DeadlineRule rule = rule(kind, medium, local.toLocalDate());
        return switch (rule.unit) {
            case HOURS -> start.plusSeconds(rule.amount * 3600L);
            case CALENDAR_DAYS -> local.plusDays(rule.amount).toInstant();
            case WORKING_DAYS -> calendar.addWorkingDays(local.toLocalDate(), rule.amount).plusDays(1)
                    .atStartOfDay(BusinessTime.ZONE).toInstant();
        };
    }

    public DeadlineRule rule(DeadlineKind kind, Medium medium, LocalDate day) {
        Medium m = kind == DeadlineKind.CORRECTION ? medium : null;
        return rules.inForce(kind, m, day).orElseThrow(() -> new IllegalStateException(
                "No " + kind + " deadline rule" + (m == null ? "" : " for " + m) + " is in force on " + day));
    }
}
