package vn.gov.pressinfo.pressresponse.deadline;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How a rule's amount counts: working days skip weekends and public holidays. */
public enum DeadlineUnit implements Labelled {
    WORKING_DAYS("ngày làm việc"), CALENDAR_DAYS("ngày"), HOURS("giờ");

    private final String label;

    DeadlineUnit(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
