package vn.gov.pressinfo.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.events.registry.AgencySnapshot;

class EventCatalogueTest {

    private static final AgencySnapshot SAMPLE = new AgencySnapshot(UUID.randomUUID(), 3, "KG-12",
            "Sở Thông tin và Truyền thông", "DEPARTMENT", UUID.randomUUID(), "ACTIVE", LocalDate.of(2020, 1, 1),
            Instant.parse("2026-11-22T02:30:00Z"));

    private static final UUID MERGED_INTO = UUID.randomUUID();
    private static final AgencyReorganized REORGANIZED = new AgencyReorganized(UUID.randomUUID(), "MERGE",
            LocalDate.of(2025, 3, 1), new AgencyReorganized.LegalBasis("25/NQ-HĐND", LocalDate.of(2025, 2, 19),
                    "Hội đồng nhân dân tỉnh Kiên Giang"), "Hợp nhất Sở Thông tin và Truyền thông",
            List.of(new AgencyReorganized.Link(UUID.randomUUID(), List.of(MERGED_INTO)),
                    new AgencyReorganized.Link(UUID.randomUUID(), List.of(MERGED_INTO))),
            Instant.parse("2026-11-22T02:30:00Z"));

    @Test
    void reorganisationsSatisfyTheirSchemaAndTravelOnTheirOwnOrderedTopic() throws Exception {
        assertThat(schema(Events.AGENCY_REORGANIZED).validate(EventJson.mapper().readTree(EventJson.write(REORGANIZED)))).isEmpty();
        assertThat(EventJson.read(EventJson.write(REORGANIZED), AgencyReorganized.class)).isEqualTo(REORGANIZED);
        assertThat(EventJson.write(REORGANIZED)).contains("Hội đồng nhân dân tỉnh Kiên Giang");
        assertThat(Events.AGENCY_REORGANIZED.topic()).isEqualTo(Topics.REGISTRY_REORGANISATIONS);
        assertThat(Topics.COMPACTED).doesNotContain(Topics.REGISTRY_REORGANISATIONS);
        assertThat(Topics.SINGLE_PARTITION).containsExactly(Topics.REGISTRY_REORGANISATIONS);
        assertThat(REORGANIZED.aggregateId()).isEqualTo(REORGANIZED.reorganisationId().toString());

        var json = (com.fasterxml.jackson.databind.node.ObjectNode) EventJson.mapper().readTree(EventJson.write(REORGANIZED));
        json.put("kind", "ABSORB");
        assertThat(schema(Events.AGENCY_REORGANIZED).validate(json)).isNotEmpty();
    }

    @Test
    void everySchemaExampleIsValidAgainstItsSchema() throws Exception {
        for (EventType<?> type : Events.ALL) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schema())) {
                var examples = EventJson.mapper().readTree(in).get("examples");
                assertThat(examples).as("examples of %s", type.schema()).isNotEmpty();
                for (var example : examples) {
                    assertThat(schema(type).validate(example)).as("example of %s", type.schema()).isEmpty();
                    EventJson.read(example.toString(), type.payloadType());
                }
            }
        }
    }

    @Test
    void everyEventTypeHasASchemaThatItsPayloadSatisfies() throws Exception {
        for (EventType<?> type : Events.ALL) {
            assertThat(type.type()).startsWith("vn.gov.pressinfo.").endsWith(".v1");
            assertThat(Topics.ALL).contains(type.topic());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schema())) {
                assertThat(in).as("schema %s", type.schema()).isNotNull();
            }
        }
        Set<ValidationMessage> errors = schema(Events.AGENCY_CHANGED).validate(EventJson.mapper().readTree(EventJson.write(SAMPLE)));
        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRejectsASnapshotWithoutName() throws Exception {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) EventJson.mapper().readTree(EventJson.write(SAMPLE));
        json.remove("name");
        assertThat(schema(Events.AGENCY_CHANGED).validate(json)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("name"));
    }

    @Test
    void payloadRoundTripsAndKeepsVietnameseText() {
        String json = EventJson.write(SAMPLE);
        assertThat(json).contains("Sở Thông tin và Truyền thông").contains("\"validFrom\":\"2020-01-01\"");
        assertThat(EventJson.read(json, AgencySnapshot.class)).isEqualTo(SAMPLE);
    }

    @Test
    void consumersIgnoreUnknownFields() {
        String json = EventJson.write(SAMPLE).replaceFirst("\\{", "{\"addedLater\":42,");
        assertThat(EventJson.read(json, AgencySnapshot.class)).isEqualTo(SAMPLE);
    }

    @Test
    void malformedDataIsAnInvalidEvent() {
        assertThatThrownBy(() -> EventJson.read("{not json", AgencySnapshot.class)).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventJson.read(null, AgencySnapshot.class)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void envelopeTravelsAsCloudEventsBinaryModeHeaders() {
        EventEnvelope envelope = EventEnvelope.create(Events.AGENCY_CHANGED, "/pressinfo/registry-service", SAMPLE, SAMPLE.changedAt());
        RecordHeaders headers = new RecordHeaders(envelope.toKafkaHeaders());
        assertThat(new String(headers.lastHeader("ce_specversion").value())).isEqualTo("1.0");
        assertThat(new String(headers.lastHeader("content-type").value())).isEqualTo("application/json");
        assertThat(EventEnvelope.fromKafkaHeaders(headers)).isEqualTo(envelope);
        assertThat(envelope.subject()).isEqualTo(SAMPLE.agencyId().toString());
    }

    @Test
    void headersWithoutIdAreAnInvalidEvent() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes());
        headers.add("ce_type", "x".getBytes());
        assertThatThrownBy(() -> EventEnvelope.fromKafkaHeaders(headers)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("ce_id");
        assertThatThrownBy(() -> EventEnvelope.fromKafkaHeaders(new RecordHeaders())).isInstanceOf(InvalidEventException.class);
    }

    private static JsonSchema schema(EventType<?> type) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(EventCatalogueTest.class.getClassLoader().getResourceAsStream(type.schema()));
    }
}
