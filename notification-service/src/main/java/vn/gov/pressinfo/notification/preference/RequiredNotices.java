package vn.gov.pressinfo.notification.preference;

import java.util.Set;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.notification.delivery.Channel;

/**
 * Notices the law requires to reach their recipient in writing, which therefore cannot be muted by email
 * (see docs/adr/0008-notifications.md): an overdue report (Decree 09/2017/NĐ-CP on reporting press work),
 * information found false about an agency (its spokesperson must respond, Press Law 2016 art. 42–43,
 * Decree 09/2017 art. 9), a correction the press failed to publish by its deadline (Press Law art. 42), and a press
 * inquiry to the agency: received (its legal clock runs from that day) or overdue, at either level (Decree 09/2017
 * art. 9, the duty to answer the press in time), an initial statement on an incident the agency leads gone overdue
 * (Decree 09/2017: within 24 hours by default), a periodic duty to inform the press missed (Decree 09/2017, periodic statements),
 * and press work (a false-information case, an inquiry, an incident) moved by a reorganisation: to the successor, whose
 * legal deadlines now run, or back to the press management department, which must reassign it (cần giao lại).
 */
public final class RequiredNotices {

    static final Set<String> EMAIL_REQUIRED = Set.of(Events.REPORT_OVERDUE.type(), Events.FALSE_INFO_FLAGGED.type(),
            Events.CORRECTION_OVERDUE.type(), Events.PRESS_INQUIRY_RECEIVED.type(), Events.PRESS_INQUIRY_OVERDUE.type(),
            Events.INITIAL_STATEMENT_OVERDUE.type(), Events.PRESS_DUTY_MISSED.type(), Events.PRESS_WORK_MOVED.type());

    private RequiredNotices() {
    }

    public static boolean isRequired(String eventType, Channel channel) {
        return channel == Channel.EMAIL && EMAIL_REQUIRED.contains(eventType);
    }
}
