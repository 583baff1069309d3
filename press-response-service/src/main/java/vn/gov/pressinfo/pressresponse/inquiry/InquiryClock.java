package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.pressresponse.deadline.DeadlineKind;
import vn.gov.pressinfo.pressresponse.deadline.Deadlines;
import vn.gov.pressinfo.pressresponse.deadline.WorkingCalendar;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * The legal clock of a press inquiry (docs/adr/0013-press-inquiry-clock.md): working days counted after the day it
 * started (receipt, or the transfer that brought it to this agency) by the deadline rules in force that day, plus the
 * working days spent waiting for the journalist's clarification. The due dates are computed when the clock starts or
 * resumes, on the working-day calendar as it then is, and stored.
 */
@ApplicationScoped
public class InquiryClock {

    private final Deadlines deadlines;
    private final WorkingCalendar calendar;

    public InquiryClock(Deadlines deadlines, WorkingCalendar calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** Starts (or, after a transfer, restarts) the clock on {@code day}. */
    public void start(PressInquiry inquiry, LocalDate day) {
        inquiry.clockStart = day;
        inquiry.pausedSince = null;
        inquiry.pausedWorkingDays = 0;
        computeDueDates(inquiry);
    }

    /** Pauses the clock from {@code day} while the journalist is asked to clarify. */
    public void pause(PressInquiry inquiry, LocalDate day) {
        inquiry.pausedSince = day;
    }

    /**
     * Resumes the clock on {@code day}, the day the clarification arrived: the working days after the pause began up to
     * and including {@code day} do not count, so both deadlines move by that many working days.
     */
    public void resume(PressInquiry inquiry, LocalDate day) {
        if (inquiry.pausedSince != null) {
            inquiry.pausedWorkingDays += calendar.workingDaysBetween(inquiry.pausedSince, day);
            inquiry.pausedSince = null;
        }
        computeDueDates(inquiry);
    }

    /** The derived lateness on {@code today}: only an inquiry whose clock runs can be late. */
    public OverdueLevel level(PressInquiry inquiry, LocalDate today) {
        return level(inquiry.state, inquiry.dueDate, inquiry.veryOverdueDate, today);
    }

    /** The lateness on {@code today} of an inquiry in {@code state} with these deadlines. */
    static OverdueLevel level(InquiryState state, LocalDate dueDate, LocalDate veryOverdueDate, LocalDate today) {
        if (!state.clockRuns()) {
            return OverdueLevel.NONE;
        }
        if (today.isAfter(veryOverdueDate)) {
            return OverdueLevel.VERY_OVERDUE;
        }
        return today.isAfter(dueDate) ? OverdueLevel.OVERDUE : OverdueLevel.NONE;
    }

    /** Whether an answer or refusal given at {@code at} meets the answer deadline. */
    public boolean onTime(PressInquiry inquiry, Instant at) {
        return !at.atZone(BusinessTime.ZONE).toLocalDate().isAfter(inquiry.dueDate);
    }

    private void computeDueDates(PressInquiry inquiry) {
        LocalDate start = inquiry.clockStart;
        inquiry.dueDate = extend(deadlines.dueDate(DeadlineKind.INQUIRY_ANSWER, null, start), inquiry.pausedWorkingDays);
        inquiry.veryOverdueDate = extend(deadlines.dueDate(DeadlineKind.INQUIRY_VERY_OVERDUE, null, start), inquiry.pausedWorkingDays);
        inquiry.deadlineBasis = deadlines.rule(DeadlineKind.INQUIRY_ANSWER, null, start).legalBasis;
    }

    private LocalDate extend(LocalDate due, int workingDays) {
        return workingDays == 0 ? due : calendar.addWorkingDays(due, workingDays);
    }
}
