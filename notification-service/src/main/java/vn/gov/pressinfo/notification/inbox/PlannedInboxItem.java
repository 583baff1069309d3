package vn.gov.pressinfo.notification.inbox;

import vn.gov.pressinfo.notification.routing.Audience;

/** An in-app item the router decided on, before it is stored. */
public record PlannedInboxItem(Audience audience, String title, String summary) {
}
