package vn.gov.pressinfo.pressresponse.deadline;

/** How a rule's amount counts: working days skip weekends and public holidays. */
public enum DeadlineUnit {
    WORKING_DAYS, CALENDAR_DAYS, HOURS
}
