package vn.gov.pressinfo.events;

/**
 * The data of a domain event. Every payload names the aggregate it is about: that id becomes the
 * CloudEvents {@code subject} and the Kafka record key, so all events of one aggregate land on one
 * partition and keep their order.
 */
public interface EventPayload {

    /** The id of the aggregate this event is about (agency id, assignment id, case id, …). */
    String aggregateId();
}
