package vn.gov.pressinfo.reporting.facts;

import java.util.List;

/**
 * Keys of the report indicators (chỉ tiêu) whose value the suite records itself from press events: the draft prefills
 * them and the consolidation shows the recorded figure beside the sum the agencies declared.
 */
public final class RecordedIndicators {

    /** Rebuttals sent to the press (false-information responses). */
    public static final String FALSE_INFO_RESPONSES = "falseInfoResponses";
    /** Press inquiries answered, wholly or partly. */
    public static final String INQUIRIES_ANSWERED = "inquiriesAnswered";
    public static final String INQUIRIES_ANSWERED_ON_TIME = "inquiriesAnsweredOnTime";
    public static final String INQUIRIES_ANSWERED_LATE = "inquiriesAnsweredLate";
    public static final String INQUIRIES_REFUSED = "inquiriesRefused";
    /** Statements in the form PRESS_CONFERENCE. */
    public static final String PRESS_CONFERENCES = "pressConferences";
    /** Statements in the form WRITTEN_ANSWER (press release, written or email answer). */
    public static final String PRESS_RELEASES = "pressReleases";
    /** Statements in the form INTERVIEW (direct statement or interview). */
    public static final String INTERVIEWS = "interviews";
    /** Statements that answer a press inquiry: documents provided to the press on request. */
    public static final String DOCUMENTS_PROVIDED = "documentsProvided";

    public static final List<String> KEYS = List.of(FALSE_INFO_RESPONSES, INQUIRIES_ANSWERED, INQUIRIES_ANSWERED_ON_TIME,
            INQUIRIES_ANSWERED_LATE, INQUIRIES_REFUSED, PRESS_CONFERENCES, PRESS_RELEASES, INTERVIEWS, DOCUMENTS_PROVIDED);

    private RecordedIndicators() {
    }
}
