package vn.gov.pressinfo.events;

import java.util.List;

import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.events.registry.AgencySnapshot;

/** The catalogue of event types. A breaking change to a payload is a new {@code .v2} type. */
public final class Events {

    private static final String PREFIX = "vn.gov.pressinfo.";

    /** The full current state of an agency, after any change (created, renamed, moved, dissolved). */
    public static final EventType<AgencySnapshot> AGENCY_CHANGED = new EventType<>(
            Topics.REGISTRY_AGENCIES, PREFIX + "registry.AgencyChanged.v1", AgencySnapshot.class,
            "schemas/registry/AgencyChanged.v1.json");

    /** Agencies merged, split, renamed or dissolved: where each predecessor's work goes. */
    public static final EventType<AgencyReorganized> AGENCY_REORGANIZED = new EventType<>(
            Topics.REGISTRY_REORGANISATIONS, PREFIX + "registry.AgencyReorganized.v1", AgencyReorganized.class,
            "schemas/registry/AgencyReorganized.v1.json");

    public static final List<EventType<?>> ALL = List.of(AGENCY_CHANGED, AGENCY_REORGANIZED);

    private Events() {
    }
}
