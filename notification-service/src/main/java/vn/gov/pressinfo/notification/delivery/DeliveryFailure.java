package vn.gov.pressinfo.notification.delivery;

/** A send that did not succeed. A permanent failure is not retried (no recipient, subscription gone, URL refused). */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static DeliveryFailure permanent(String message) {
        return new DeliveryFailure(message, true, null);
    }

    public static DeliveryFailure transientFailure(String message, Throwable cause) {
        return new DeliveryFailure(message, false, cause);
    }

    public boolean permanent() {
        return permanent;
    }
}
