package vn.gov.pressinfo.reporting.calendar;

/** What an entry of the working-day calendar says about its day. */
public enum CalendarDayKind {
    /** A weekday that is not worked: public holiday, Tết, compensatory or swapped day off (ngày nghỉ). */
    DAY_OFF,
    /** A Saturday or Sunday that is worked in exchange for a day off (ngày làm bù). */
    WORKING_DAY
}
