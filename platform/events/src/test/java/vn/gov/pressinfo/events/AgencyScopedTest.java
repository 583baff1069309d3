package vn.gov.pressinfo.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.events.reporting.ReportRequested;

/** {@link AgencyScoped} names the agencies of a payload in Java and leaves the JSON of the payload as it was. */
class AgencyScopedTest {

    private static final UUID AGENCY = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void aPayloadAboutOneAgencyNamesItsAgencyId() {
        AgencySnapshot snapshot = new AgencySnapshot(AGENCY, 1, "KG-12", "Sở Thông tin và Truyền thông", "DEPARTMENT", null,
                "ACTIVE", LocalDate.of(2020, 1, 1), Instant.parse("2026-11-22T02:30:00Z"));
        assertThat(snapshot.agencyIds()).containsExactly(AGENCY);
        assertThat(jsonFields(snapshot)).containsExactlyInAnyOrderElementsOf(components(AgencySnapshot.class));
    }

    @Test
    void aReportRequestNamesEveryTargetAgencyAndItsJsonHasNoAgencyId() {
        ReportRequested request = new ReportRequested(UUID.randomUUID(), "12/BC-STTTT", LocalDate.of(2026, 11, 2), "Báo cáo quý",
                null, null, null, LocalDate.of(2026, 12, 1), List.of(AGENCY, OTHER), "press-admin", Instant.parse("2026-11-02T01:00:00Z"));
        assertThat(request.agencyIds()).containsExactly(AGENCY, OTHER);
        assertThat(request.agencyId()).isNull();
        assertThat(jsonFields(request)).containsExactlyInAnyOrderElementsOf(components(ReportRequested.class)).doesNotContain("agencyId");
    }

    @SuppressWarnings("unchecked")
    private static List<String> jsonFields(EventPayload payload) {
        return List.copyOf(EventJson.read(EventJson.write(payload), Map.class).keySet());
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList();
    }
}
