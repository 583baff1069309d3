package vn.gov.pressinfo.events;

import java.util.List;

import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.events.registry.AuthorizationExpired;
import vn.gov.pressinfo.events.registry.AuthorizationGranted;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.registry.SpokespersonRevoked;

/** The catalogue of event types. A breaking change to a payload is a new {@code .v2} type. */
public final class Events {

    private static final String PREFIX = "vn.gov.pressinfo.";

    /** The full current state of an agency, after any change (created, renamed, moved, dissolved). */
    public static final EventType<AgencySnapshot> AGENCY_CHANGED = new EventType<>(
            Topics.REGISTRY_AGENCIES, PREFIX + "registry.AgencyChanged.v1", AgencySnapshot.class,
            "schemas/registry/AgencyChanged.v1.json");

    /** A head or appointed spokesperson was appointed, possibly superseding the previous one. */
    public static final EventType<SpokespersonAppointed> SPOKESPERSON_APPOINTED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.SpokespersonAppointed.v1", SpokespersonAppointed.class,
            "schemas/registry/SpokespersonAppointed.v1.json");

    /** A spokesperson's appointment was revoked from an effective date. */
    public static final EventType<SpokespersonRevoked> SPOKESPERSON_REVOKED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.SpokespersonRevoked.v1", SpokespersonRevoked.class,
            "schemas/registry/SpokespersonRevoked.v1.json");

    /** Someone was authorized to speak for an agency on one matter until an end date. */
    public static final EventType<AuthorizationGranted> AUTHORIZATION_GRANTED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.AuthorizationGranted.v1", AuthorizationGranted.class,
            "schemas/registry/AuthorizationGranted.v1.json");

    /** An authorization passed its end date. */
    public static final EventType<AuthorizationExpired> AUTHORIZATION_EXPIRED = new EventType<>(
            Topics.REGISTRY_SPOKESPERSONS, PREFIX + "registry.AuthorizationExpired.v1", AuthorizationExpired.class,
            "schemas/registry/AuthorizationExpired.v1.json");

    /** Agencies merged, split, renamed or dissolved: where each predecessor's work goes. */
    public static final EventType<AgencyReorganized> AGENCY_REORGANIZED = new EventType<>(
            Topics.REGISTRY_REORGANISATIONS, PREFIX + "registry.AgencyReorganized.v1", AgencyReorganized.class,
            "schemas/registry/AgencyReorganized.v1.json");

    public static final List<EventType<?>> ALL = List.of(AGENCY_CHANGED, SPOKESPERSON_APPOINTED, SPOKESPERSON_REVOKED,
            AUTHORIZATION_GRANTED, AUTHORIZATION_EXPIRED, AGENCY_REORGANIZED);

    private Events() {
    }
}
