package vn.gov.pressinfo.events;

import java.util.List;

/** The Kafka topics of the suite. Every topic has a {@code <topic>.dlq} companion. */
public final class Topics {

    /** Agency snapshots, keyed by agency id; log-compacted so a new consumer can rebuild its read model. */
    public static final String REGISTRY_AGENCIES = "registry.agencies.v1";
    /** Spokesperson appointments, revocations and authorizations. */
    public static final String REGISTRY_SPOKESPERSONS = "registry.spokespersons.v1";
    /**
     * The working-day calendar, one event per day that changed, keyed by the day (ISO date); log-compacted so a
     * new consumer rebuilds the whole calendar from the latest entry of each day.
     */
    public static final String REPORTING_CALENDAR = "reporting.calendar.v1";
    /** Report requests, due-soon and overdue notices, submissions and reviews. */
    public static final String REPORTING_EVENTS = "reporting.events.v1";
    /** Press inquiries and their deadlines, false-information cases, rebuttals and corrections. */
    public static final String PRESS_EVENTS = "press.events.v1";

    /**
     * Agency reorganisations (merge, split, rename, dissolution), keyed by reorganisation id. Not compacted
     * (every reorganisation matters) and one partition, so consumers see them in the order they were recorded.
     */
    public static final String REGISTRY_REORGANISATIONS = "registry.reorganisations.v1";

    /** Every domain topic, in the order they are described in the architecture. */
    public static final List<String> ALL = List.of(REGISTRY_AGENCIES, REGISTRY_SPOKESPERSONS, REPORTING_EVENTS, PRESS_EVENTS,
            REGISTRY_REORGANISATIONS, REPORTING_CALENDAR);

    /** Topics whose retention is compaction by key rather than by time. */
    public static final List<String> COMPACTED = List.of(REGISTRY_AGENCIES, REPORTING_CALENDAR);

    /** Topics that must have exactly one partition because their consumers need one total order. */
    public static final List<String> SINGLE_PARTITION = List.of(REGISTRY_REORGANISATIONS);

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
