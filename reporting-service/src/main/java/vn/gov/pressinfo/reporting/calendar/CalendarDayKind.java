package vn.gov.pressinfo.reporting.calendar;

import vn.gov.pressinfo.reporting.document.Labelled;

/** What an entry of the working-day calendar says about its day. */
public enum CalendarDayKind implements Labelled {
    /** A weekday that is not worked: public holiday, Tết, compensatory or swapped day off (ngày nghỉ). */
    DAY_OFF("Ngày nghỉ"),
    /** A Saturday or Sunday that is worked in exchange for a day off (ngày làm bù). */
    WORKING_DAY("Ngày làm bù");

    private final String label;

    CalendarDayKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
