package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;
import java.util.function.BooleanSupplier;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** Where the lead agency's initial statement stands, derived on each read from the statements recorded. */
public enum IncidentStatus implements Labelled {
    /** No statement of the lead yet; the deadline has not passed. */
    AWAITING_STATEMENT("Chờ phát ngôn ban đầu"),
    /** The lead spoke about the incident by the deadline. */
    STATEMENT_ON_TIME("Đã phát ngôn đúng hạn"),
    /** The lead spoke about the incident, but after the deadline. */
    STATEMENT_LATE("Đã phát ngôn nhưng quá hạn"),
    /** The deadline passed and the lead has not spoken about the incident. */
    OVERDUE("Quá hạn, chưa phát ngôn");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    /**
     * Where the statement stands at {@code now}: {@code inTime} whether the lead spoke about the incident by the deadline
     * {@code dueAt}, {@code spokeByNow} whether it has by {@code now} (asked only once the deadline passed unmet).
     */
    static IncidentStatus at(boolean inTime, Instant dueAt, Instant now, BooleanSupplier spokeByNow) {
        if (inTime) {
            return STATEMENT_ON_TIME;
        } else if (!now.isAfter(dueAt)) {
            return AWAITING_STATEMENT;
        }
        return spokeByNow.getAsBoolean() ? STATEMENT_LATE : OVERDUE;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
