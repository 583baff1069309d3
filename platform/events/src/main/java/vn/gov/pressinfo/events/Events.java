package vn.gov.pressinfo.events;

import java.util.List;

import vn.gov.pressinfo.events.press.CaseClosed;
import vn.gov.pressinfo.events.press.CaseEscalated;
import vn.gov.pressinfo.events.press.CorrectionOverdue;
import vn.gov.pressinfo.events.press.CorrectionPublished;
import vn.gov.pressinfo.events.press.IncidentRegistered;
import vn.gov.pressinfo.events.press.InitialStatementOverdue;
import vn.gov.pressinfo.events.press.PressDutyMissed;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.press.PressInquiryAnswered;
import vn.gov.pressinfo.events.press.PressInquiryOverdue;
import vn.gov.pressinfo.events.press.PressInquiryReceived;
import vn.gov.pressinfo.events.press.PressInquiryRefused;
import vn.gov.pressinfo.events.press.PressInquiryTransferred;
import vn.gov.pressinfo.events.press.PressItemDetected;
import vn.gov.pressinfo.events.press.PressWorkMoved;
import vn.gov.pressinfo.events.press.RebuttalSent;
import vn.gov.pressinfo.events.press.StatementIssued;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.events.registry.AuthorizationExpired;
import vn.gov.pressinfo.events.registry.AuthorizationGranted;
import vn.gov.pressinfo.events.registry.PressCardChanged;
import vn.gov.pressinfo.events.registry.RegulationRecorded;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.registry.SpokespersonRevoked;
import vn.gov.pressinfo.events.registry.TrainingAttended;
import vn.gov.pressinfo.events.reporting.CalendarDayChanged;
import vn.gov.pressinfo.events.reporting.ReportAccepted;
import vn.gov.pressinfo.events.reporting.ReportAssignmentMoved;
import vn.gov.pressinfo.events.reporting.ReportDueSoon;
import vn.gov.pressinfo.events.reporting.ReportOverdue;
import vn.gov.pressinfo.events.reporting.ReportRequested;
import vn.gov.pressinfo.events.reporting.ReportReturned;
import vn.gov.pressinfo.events.reporting.ReportSubmitted;

/** The catalogue of event types. A breaking change to a payload is a new {@code .v2} type. */
public final class Events {

    private static final String PREFIX = "vn.gov.pressinfo.";

    /** The full current state of an agency, after any change (created, renamed, moved, dissolved). */
    public static final EventType<AgencySnapshot> AGENCY_CHANGED = new EventType<>(
            Topics.REGISTRY_AGENCIES, PREFIX + "registry.AgencyChanged.v1", AgencySnapshot.class,
            "schemas/registry/AgencyChanged.v1.json");

    /** A head or appointed spokesperson was appointed, possibly superseding the previous one. */
    public static final EventType<SpokespersonAppointed> SPOKESPERSON_APPOINTED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.SpokespersonAppointed.v1", SpokespersonAppointed.class,
            "schemas/registry/SpokespersonAppointed.v1.json");

    /** A spokesperson's appointment was revoked from an effective date. */
    public static final EventType<SpokespersonRevoked> SPOKESPERSON_REVOKED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.SpokespersonRevoked.v1", SpokespersonRevoked.class,
            "schemas/registry/SpokespersonRevoked.v1.json");

    /** Someone was authorized to speak for an agency on one matter until an end date. */
    public static final EventType<AuthorizationGranted> AUTHORIZATION_GRANTED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.AuthorizationGranted.v1", AuthorizationGranted.class,
            "schemas/registry/AuthorizationGranted.v1.json");

    /** An authorization passed its end date. */
    public static final EventType<AuthorizationExpired> AUTHORIZATION_EXPIRED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.AuthorizationExpired.v1", AuthorizationExpired.class,
            "schemas/registry/AuthorizationExpired.v1.json");

    /** Agencies merged, split, renamed or dissolved: where each predecessor's work goes. */
    public static final EventType<AgencyReorganized> AGENCY_REORGANIZED = new EventType<>(
            Topics.REGISTRY_REORGANISATIONS, PREFIX + "registry.AgencyReorganized.v1", AgencyReorganized.class,
            "schemas/registry/AgencyReorganized.v1.json");

    /** An agency's spokesperson regulation was recorded or revised. */
    public static final EventType<RegulationRecorded> REGULATION_RECORDED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.RegulationRecorded.v1", RegulationRecorded.class,
            "schemas/registry/RegulationRecorded.v1.json");

    /** Someone from an agency attended a spokesperson training. */
    public static final EventType<TrainingAttended> TRAINING_ATTENDED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.TrainingAttended.v1", TrainingAttended.class,
            "schemas/registry/TrainingAttended.v1.json");

    /** A report request created one assignment per target agency. */
    public static final EventType<ReportRequested> REPORT_REQUESTED = new EventType<>(
            Topics.REPORTING_EVENTS, PREFIX + "reporting.ReportRequested.v1", ReportRequested.class,
            "schemas/reporting/ReportRequested.v1.json");

    /** An assignment is due within a few working days and not yet submitted (once per assignment). */
    public static final EventType<ReportDueSoon> REPORT_DUE_SOON = new EventType<>(
            Topics.REPORTING_EVENTS, PREFIX + "reporting.ReportDueSoon.v1", ReportDueSoon.class,
            "schemas/reporting/ReportDueSoon.v1.json");

    /** An assignment passed its deadline without a submission (exactly once per assignment). */
    public static final EventType<ReportOverdue> REPORT_OVERDUE = new EventType<>(
            Topics.REPORTING_EVENTS, PREFIX + "reporting.ReportOverdue.v1", ReportOverdue.class,
            "schemas/reporting/ReportOverdue.v1.json");

    /** An agency submitted or resubmitted its report, on time or late. */
    public static final EventType<ReportSubmitted> REPORT_SUBMITTED = new EventType<>(
            Topics.REPORTING_EVENTS, PREFIX + "reporting.ReportSubmitted.v1", ReportSubmitted.class,
            "schemas/reporting/ReportSubmitted.v1.json");

    /** The department returned a report for revision. */
    public static final EventType<ReportReturned> REPORT_RETURNED = new EventType<>(
            Topics.REPORTING_EVENTS, PREFIX + "reporting.ReportReturned.v1", ReportReturned.class,
            "schemas/reporting/ReportReturned.v1.json");

    /** The department accepted a report. */
    public static final EventType<ReportAccepted> REPORT_ACCEPTED = new EventType<>(
            Topics.REPORTING_EVENTS, PREFIX + "reporting.ReportAccepted.v1", ReportAccepted.class,
            "schemas/reporting/ReportAccepted.v1.json");

    /** A press item that may carry false information was registered as a case. */
    public static final EventType<PressItemDetected> PRESS_ITEM_DETECTED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.PressItemDetected.v1", PressItemDetected.class,
            "schemas/press/PressItemDetected.v1.json");

    /** A case was found inaccurate, false or misleading: a rebuttal is due. */
    public static final EventType<FalseInfoFlagged> FALSE_INFO_FLAGGED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.FalseInfoFlagged.v1", FalseInfoFlagged.class,
            "schemas/press/FalseInfoFlagged.v1.json");

    /** An approved rebuttal was sent to the press agency; the correction deadline starts. */
    public static final EventType<RebuttalSent> REBUTTAL_SENT = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.RebuttalSent.v1", RebuttalSent.class,
            "schemas/press/RebuttalSent.v1.json");

    /** The press agency published a correction. */
    public static final EventType<CorrectionPublished> CORRECTION_PUBLISHED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.CorrectionPublished.v1", CorrectionPublished.class,
            "schemas/press/CorrectionPublished.v1.json");

    /** The correction deadline passed without a correction (exactly once per case). */
    public static final EventType<CorrectionOverdue> CORRECTION_OVERDUE = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.CorrectionOverdue.v1", CorrectionOverdue.class,
            "schemas/press/CorrectionOverdue.v1.json");

    /** A case without correction was escalated. */
    public static final EventType<CaseEscalated> CASE_ESCALATED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.CaseEscalated.v1", CaseEscalated.class,
            "schemas/press/CaseEscalated.v1.json");

    /** A case was closed with an outcome. */
    public static final EventType<CaseClosed> CASE_CLOSED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.CaseClosed.v1", CaseClosed.class,
            "schemas/press/CaseClosed.v1.json");

    /** A press card was recorded, suspended, revoked or reinstated: its state as it now stands. */
    public static final EventType<PressCardChanged> PRESS_CARD_CHANGED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.PressCardChanged.v1", PressCardChanged.class,
            "schemas/registry/PressCardChanged.v1.json");

    /** One day of the working-day calendar as it now stands (day off, worked weekend day, or ordinary again). */
    public static final EventType<CalendarDayChanged> CALENDAR_DAY_CHANGED = new EventType<>(
            Topics.REPORTING_CALENDAR, PREFIX + "reporting.CalendarDayChanged.v1", CalendarDayChanged.class,
            "schemas/reporting/CalendarDayChanged.v1.json");

    /** A journalist's request for information was registered for an agency; its answer deadline runs. */
    public static final EventType<PressInquiryReceived> PRESS_INQUIRY_RECEIVED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.PressInquiryReceived.v1", PressInquiryReceived.class,
            "schemas/press/PressInquiryReceived.v1.json");

    /** An agency answered a press inquiry, wholly or in part. */
    public static final EventType<PressInquiryAnswered> PRESS_INQUIRY_ANSWERED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.PressInquiryAnswered.v1", PressInquiryAnswered.class,
            "schemas/press/PressInquiryAnswered.v1.json");

    /** An agency refused a press inquiry on legal grounds. */
    public static final EventType<PressInquiryRefused> PRESS_INQUIRY_REFUSED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.PressInquiryRefused.v1", PressInquiryRefused.class,
            "schemas/press/PressInquiryRefused.v1.json");

    /** A press inquiry went to the competent agency, whose clock starts anew. */
    public static final EventType<PressInquiryTransferred> PRESS_INQUIRY_TRANSFERRED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.PressInquiryTransferred.v1", PressInquiryTransferred.class,
            "schemas/press/PressInquiryTransferred.v1.json");

    /** A press inquiry became OVERDUE or VERY_OVERDUE (once per level). */
    public static final EventType<PressInquiryOverdue> PRESS_INQUIRY_OVERDUE = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.PressInquiryOverdue.v1", PressInquiryOverdue.class,
            "schemas/press/PressInquiryOverdue.v1.json");

    /** An agency provided information to the press: a statement in one of the six forms. */
    public static final EventType<StatementIssued> STATEMENT_ISSUED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.StatementIssued.v1", StatementIssued.class,
            "schemas/press/StatementIssued.v1.json");

    /** An unexpected or serious event was registered; its lead agency owes an initial statement. */
    public static final EventType<IncidentRegistered> INCIDENT_REGISTERED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.IncidentRegistered.v1", IncidentRegistered.class,
            "schemas/press/IncidentRegistered.v1.json");

    /** An incident's initial statement deadline passed without a statement (once per incident). */
    public static final EventType<InitialStatementOverdue> INITIAL_STATEMENT_OVERDUE = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.InitialStatementOverdue.v1", InitialStatementOverdue.class,
            "schemas/press/InitialStatementOverdue.v1.json");

    /** A periodic duty to inform the press was not met in a closed period (once per duty and period). */
    public static final EventType<PressDutyMissed> PRESS_DUTY_MISSED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.PressDutyMissed.v1", PressDutyMissed.class,
            "schemas/press/PressDutyMissed.v1.json");

    /** A dated agency role changed hands: every term of the role as it now stands (keyed by the role). */
    public static final EventType<AgencyRoleChanged> AGENCY_ROLE_CHANGED = new EventType<>(
            Topics.REGISTRY_AGENCIES, PREFIX + "registry.AgencyRoleChanged.v1", AgencyRoleChanged.class,
            "schemas/registry/AgencyRoleChanged.v1.json");

    /** A reorganisation moved an open case, inquiry or incident to a successor, or back to the department. */
    public static final EventType<PressWorkMoved> PRESS_WORK_MOVED = new EventType<>(
            Topics.PRESS_EVENTS, PREFIX + "press.PressWorkMoved.v1", PressWorkMoved.class,
            "schemas/press/PressWorkMoved.v1.json");

    /** A reorganisation moved an unsubmitted assignment to a successor, or withdrew it. */
    public static final EventType<ReportAssignmentMoved> REPORT_ASSIGNMENT_MOVED = new EventType<>(
            Topics.REPORTING_EVENTS, PREFIX + "reporting.ReportAssignmentMoved.v1", ReportAssignmentMoved.class,
            "schemas/reporting/ReportAssignmentMoved.v1.json");

    public static final List<EventType<?>> ALL = List.of(AGENCY_CHANGED, SPOKESPERSON_APPOINTED, SPOKESPERSON_REVOKED,
            AUTHORIZATION_GRANTED, AUTHORIZATION_EXPIRED, AGENCY_REORGANIZED, REGULATION_RECORDED, TRAINING_ATTENDED,
            REPORT_REQUESTED, REPORT_DUE_SOON, REPORT_OVERDUE, REPORT_SUBMITTED, REPORT_RETURNED, REPORT_ACCEPTED,
            PRESS_ITEM_DETECTED, FALSE_INFO_FLAGGED, REBUTTAL_SENT, CORRECTION_PUBLISHED, CORRECTION_OVERDUE, CASE_ESCALATED,
            CASE_CLOSED, PRESS_CARD_CHANGED, CALENDAR_DAY_CHANGED, PRESS_INQUIRY_RECEIVED, PRESS_INQUIRY_ANSWERED,
            PRESS_INQUIRY_REFUSED, PRESS_INQUIRY_TRANSFERRED, PRESS_INQUIRY_OVERDUE, STATEMENT_ISSUED, INCIDENT_REGISTERED,
            INITIAL_STATEMENT_OVERDUE, PRESS_DUTY_MISSED, AGENCY_ROLE_CHANGED, PRESS_WORK_MOVED, REPORT_ASSIGNMENT_MOVED);

    /** The event type with CloudEvents type {@code type}, if the catalogue has one. */
    public static java.util.Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    private Events() {
    }
}
