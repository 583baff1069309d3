package vn.gov.pressinfo.notification.delivery;

/** Sends one claimed delivery on one channel; returns normally when the recipient has it. */
public interface ChannelSender {

    Channel channel();

    void send(ClaimedDelivery delivery, StoredEvent event) throws DeliveryFailure;
}
