package vn.gov.pressinfo.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.EventType;
import vn.gov.pressinfo.events.InvalidEventException;

/** The handler table: typed dispatch on the CloudEvents type, one parse, other types ignored unless said otherwise. */
class EventHandlersTest {

    private static final EventType<Note> OTHER = new EventType<>(TestTopics.TOPIC, "vn.gov.pressinfo.test.OtherNote.v1", Note.class,
            "schemas/test/Note.v1.json");

    private final List<String> seen = new ArrayList<>();

    @Test
    void runsTheHandlerOfTheEventsTypeWithItsParsedPayload() {
        EventHandlers handlers = EventHandlers.create()
                .on(Note.TYPE, note -> seen.add("note " + note.text()))
                .on(OTHER, (event, note) -> seen.add("other " + note.text() + " " + event.id()));

        handlers.handle(event(Note.TYPE, "id-1", EventJson.write(new Note("a", "một", 0))));
        handlers.handle(event(OTHER, "id-2", EventJson.write(new Note("a", "hai", 0))));

        assertThat(seen).containsExactly("note một", "other hai id-2");
    }

    @Test
    void ignoresATypeWithoutHandlerWithoutReadingItsData() {
        EventHandlers handlers = EventHandlers.create().on(Note.TYPE, note -> seen.add("note"));

        handlers.handle(event(OTHER, "id-1", "{not json"));

        assertThat(seen).isEmpty();
        assertThat(handlers.handles(Note.TYPE.type())).isTrue();
        assertThat(handlers.handles(OTHER.type())).isFalse();
    }

    @Test
    void otherwiseHandlesTheTypesWithoutHandler() {
        EventHandlers handlers = EventHandlers.create().on(Note.TYPE, note -> seen.add("note"))
                .otherwise(event -> seen.add("ignored " + event.envelope().type()));

        handlers.handle(event(OTHER, "id-1", "{}"));

        assertThat(seen).containsExactly("ignored " + OTHER.type());
    }

    @Test
    void dataThatIsNotAValidPayloadIsAnInvalidEvent() {
        EventHandlers handlers = EventHandlers.create().on(Note.TYPE, note -> seen.add("note"));

        assertThatThrownBy(() -> handlers.handle(event(Note.TYPE, "id-1", "{not json"))).isInstanceOf(InvalidEventException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void aPayloadParsedAlreadyIsHandedOverAsItIs() {
        EventHandlers handlers = EventHandlers.create().on(Note.TYPE, note -> seen.add("note " + note.text()));
        Note note = new Note("a", "ba", 0);

        handlers.handle(event(Note.TYPE, "id-1", "not read"), note);

        assertThat(seen).containsExactly("note ba");
        assertThatThrownBy(() -> handlers.handle(event(Note.TYPE, "id-2", "{}"), () -> "not a note"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTypeHasOneHandler() {
        EventHandlers handlers = EventHandlers.create().on(Note.TYPE, note -> seen.add("note"));

        assertThatThrownBy(() -> handlers.on(Note.TYPE, note -> seen.add("again"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static IncomingEvent event(EventType<?> type, String id, String data) {
        EventEnvelope envelope = new EventEnvelope(id, type.type(), "/pressinfo/test", UUID.randomUUID().toString(), Instant.now());
        return new IncomingEvent(envelope, "key", data, type.topic(), 0, 0L);
    }
}
