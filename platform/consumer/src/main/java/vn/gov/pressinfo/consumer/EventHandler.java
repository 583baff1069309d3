package vn.gov.pressinfo.consumer;

/** The effect of one event, run inside the transaction that also records the event as processed. */
@FunctionalInterface
public interface EventHandler {

    void handle(IncomingEvent event);
}
