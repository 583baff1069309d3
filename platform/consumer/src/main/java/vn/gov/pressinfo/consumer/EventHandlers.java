package vn.gov.pressinfo.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.EventType;

/**
 * A consumer's table of typed handlers, one per event type (after Eventuate Tram's {@code DomainEventHandlers}):
 * it looks up the handler by the event's CloudEvents {@code type}, parses the data once into that type's payload
 * record and hands the record over. An event of a type the table has no handler for is ignored (a topic carries
 * several types, and a consumer reads those it cares about), unless {@link #otherwise(EventHandler)} says what to do
 * with it. Immutable: build it once, in the consumer's constructor, and pass it to {@link IdempotentConsumer}.
 *
 * <pre>{@code
 * this.handlers = EventHandlers.create()
 *         .on(Events.AGENCY_CHANGED, directory::apply)
 *         .on(Events.REGULATION_RECORDED, (event, regulation) -> record(event.id(), regulation))
 *         .otherwise(event -> LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic()));
 * ...
 * consumer.handle(CONSUMER, record, handlers);
 * }</pre>
 */
public final class EventHandlers implements EventHandler {

    /** What a consumer does with one event of a known type, given its parsed payload. */
    @FunctionalInterface
    public interface PayloadHandler<T> {

        void handle(IncomingEvent event, T payload);
    }

    private static final EventHandler IGNORE = event -> {
    };

    private final Map<String, Entry<?>> byType;
    private final EventHandler otherwise;

    private EventHandlers(Map<String, Entry<?>> byType, EventHandler otherwise) {
        this.byType = byType;
        this.otherwise = otherwise;
    }

    /** A table without handlers, which ignores every event; add handlers with {@code on}. */
    public static EventHandlers create() {
        return new EventHandlers(Map.of(), IGNORE);
    }

    /**
     * This table plus a handler for events of {@code type} that needs only the payload.
     *
     * @throws IllegalArgumentException when the table has a handler for {@code type} already
     */
    public <T extends EventPayload> EventHandlers on(EventType<T> type, Consumer<? super T> handler) {
        Objects.requireNonNull(handler, "handler");
        return on(type, (event, payload) -> handler.accept(payload));
    }

    /**
     * This table plus a handler for events of {@code type} that needs the event too (its id, time or source).
     *
     * @throws IllegalArgumentException when the table has a handler for {@code type} already
     */
    public <T extends EventPayload> EventHandlers on(EventType<T> type, PayloadHandler<? super T> handler) {
        Objects.requireNonNull(handler, "handler");
        if (byType.containsKey(type.type())) {
            throw new IllegalArgumentException("two handlers for " + type.type());
        }
        Map<String, Entry<?>> copy = new HashMap<>(byType);
        copy.put(type.type(), new Entry<>(type, handler));
        return new EventHandlers(Map.copyOf(copy), otherwise);
    }

    /** This table, doing {@code handler} with events of the types it has no handler for (instead of ignoring them). */
    public EventHandlers otherwise(EventHandler handler) {
        return new EventHandlers(byType, Objects.requireNonNull(handler, "handler"));
    }

    /** Whether the table has a handler for events of this CloudEvents type. */
    public boolean handles(String type) {
        return byType.containsKey(type);
    }

    /**
     * Parses the event's data into the payload record of its type (once) and runs that type's handler; runs
     * {@link #otherwise(EventHandler)} (by default nothing) for a type without handler, whose data is not read.
     *
     * @throws vn.gov.pressinfo.events.InvalidEventException when the data is not a valid payload of its type
     */
    @Override
    public void handle(IncomingEvent event) {
        Entry<?> entry = byType.get(event.envelope().type());
        if (entry == null) {
            otherwise.handle(event);
        } else {
            entry.handle(event, EventJson.read(event.data(), entry.type.payloadType()));
        }
    }

    /**
     * Runs the handler of the event's type with a payload another table parsed already, so that two tables (a
     * consumer's and a read model's) share one parse; {@link #otherwise(EventHandler)} for a type without handler.
     *
     * @throws IllegalArgumentException when {@code payload} is not the payload record of the event's type
     */
    public void handle(IncomingEvent event, EventPayload payload) {
        Entry<?> entry = byType.get(event.envelope().type());
        if (entry == null) {
            otherwise.handle(event);
        } else {
            entry.handle(event, payload);
        }
    }

    private record Entry<T extends EventPayload>(EventType<T> type, PayloadHandler<? super T> handler) {

        void handle(IncomingEvent event, Object payload) {
            if (payload != null && !type.payloadType().isInstance(payload)) {
                throw new IllegalArgumentException("a " + type.type() + " event needs a " + type.payloadType().getSimpleName()
                        + ", not " + (payload == null ? "null" : payload.getClass().getSimpleName()));
            }
            handler.handle(event, type.payloadType().cast(payload));
        }
    }
}
