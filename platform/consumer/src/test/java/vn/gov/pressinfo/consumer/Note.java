package vn.gov.pressinfo.consumer;

import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.EventType;

/**
 * The test event: a note about an aggregate, telling the test consumer how many attempts to fail.
 *
 * @param failures attempts that fail before one succeeds; {@link #ALWAYS} never succeeds
 */
public record Note(String aggregateId, String text, int failures) implements EventPayload {

    static final int ALWAYS = Integer.MAX_VALUE;

    static final EventType<Note> TYPE = new EventType<>(TestTopics.TOPIC, "vn.gov.pressinfo.test.Note.v1", Note.class,
            "schemas/test/Note.v1.json");
}
