package vn.gov.pressinfo.notification.delivery;

/** How a notification reaches its recipient: email over SMTP, a signed webhook POST, or the in-app inbox. */
public enum Channel {
    EMAIL, WEBHOOK, INBOX
}
