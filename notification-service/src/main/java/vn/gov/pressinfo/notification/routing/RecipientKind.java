package vn.gov.pressinfo.notification.routing;

/**
 * Who an event type is routed to. AGENCY: the concerned agency (its current spokesperson by email and
 * its in-app inbox); DEPARTMENT: the press management department (phòng quản lý báo chí) officers by
 * email and the department inbox; SUBSCRIBERS: the webhook subscriptions of that event type.
 */
public enum RecipientKind {
    AGENCY, DEPARTMENT, SUBSCRIBERS
}
