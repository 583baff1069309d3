package vn.gov.pressinfo.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.gov.pressinfo.events.registry.AuthorizationExpired;
import vn.gov.pressinfo.events.registry.AuthorizationGranted;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.registry.SpokespersonRevoked;

class EventCatalogueTest {

    private static final AgencySnapshot SAMPLE = new AgencySnapshot(UUID.randomUUID(), 3, "KG-12",
            "Sở Thông tin và Truyền thông", "DEPARTMENT", UUID.randomUUID(), "ACTIVE", LocalDate.of(2020, 1, 1),
            Instant.parse("2026-11-22T02:30:00Z"));

    private static final UUID MERGED_INTO = UUID.randomUUID();
    private static final AgencyReorganized REORGANIZED = new AgencyReorganized(UUID.randomUUID(), "MERGE",
            LocalDate.of(2025, 3, 1), new AgencyReorganized.LegalBasis("25/NQ-HĐND", LocalDate.of(2025, 2, 19),
                    "Hội đồng nhân dân tỉnh Kiên Giang"), "Hợp nhất Sở Thông tin và Truyền thông",
            List.of(new AgencyReorganized.Link(UUID.randomUUID(), "Sở Thông tin và Truyền thông", List.of(MERGED_INTO), MERGED_INTO,
                            "Sở Khoa học và Công nghệ"),
                    new AgencyReorganized.Link(UUID.randomUUID(), "Sở Khoa học và Công nghệ (trước hợp nhất)", List.of(MERGED_INTO),
                            MERGED_INTO, "Sở Khoa học và Công nghệ")),
            List.of(),
            Instant.parse("2026-11-22T02:30:00Z"));

    private static final UUID AGENCY = UUID.fromString("3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d");

    /** One realistic payload per event type; every type of the catalogue must have one. */
    private static final Map<EventType<?>, EventPayload> SAMPLES = withExamples(Map.of(
            Events.AGENCY_CHANGED, SAMPLE,
            Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(AGENCY, "Sở Văn hóa, Thể thao và Du lịch", UUID.randomUUID(),
                    "APPOINTED", "Nguyễn Thị Thu Hà", "Phó Giám đốc Sở", "nguyenthithuha@kiengiang.gov.vn", "0297 3862 000",
                    LocalDate.of(2025, 3, 1), null, UUID.randomUUID(), Instant.parse("2025-03-01T02:30:00Z")),
            Events.SPOKESPERSON_REVOKED, new SpokespersonRevoked(AGENCY, "Sở Văn hóa, Thể thao và Du lịch", UUID.randomUUID(),
                    "HEAD", "Lê Văn Đức", "Giám đốc Sở", "levanduc@kiengiang.gov.vn", "+84 912 345 678",
                    LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 1), "Nghỉ hưu theo chế độ", Instant.parse("2025-02-20T02:30:00Z")),
            Events.AUTHORIZATION_GRANTED, new AuthorizationGranted(AGENCY, "Ủy ban nhân dân xã Tân Hiệp", UUID.randomUUID(),
                    "AUTHORIZED", "Trần Văn Minh", "Phó Chủ tịch UBND xã", "tranvanminh@kiengiang.gov.vn", "0912 345 678",
                    "Phát ngôn về công tác phòng, chống thiên tai năm 2026", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31),
                    Instant.parse("2026-06-01T01:00:00Z")),
            Events.AUTHORIZATION_EXPIRED, new AuthorizationExpired(AGENCY, "Ủy ban nhân dân xã Tân Hiệp", UUID.randomUUID(),
                    "AUTHORIZED", "Trần Văn Minh", "Phó Chủ tịch UBND xã", "tranvanminh@kiengiang.gov.vn", "0912 345 678",
                    "Phát ngôn về công tác phòng, chống thiên tai năm 2026", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31),
                    Instant.parse("2026-08-31T17:00:05Z")),
            Events.AGENCY_REORGANIZED, REORGANIZED));

    /**
     * The other types are sampled from the first example of their schema, read into the record: serialising that
     * record must satisfy the schema again, so record and schema cannot drift apart.
     */
    private static Map<EventType<?>, EventPayload> withExamples(Map<EventType<?>, EventPayload> handWritten) {
        var all = new java.util.HashMap<>(handWritten);
        for (EventType<?> type : Events.ALL) {
            if (!all.containsKey(type)) {
                try (InputStream in = EventCatalogueTest.class.getClassLoader().getResourceAsStream(type.schema())) {
                    var example = EventJson.mapper().readTree(in).path("examples").get(0);
                    all.put(type, EventJson.read(example.toString(), type.payloadType()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return Map.copyOf(all);
    }

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
    void everyEventTypeHasASchemaThatItsPayloadSatisfies() throws Exception {
        for (EventType<?> type : Events.ALL) {
            assertThat(type.type()).startsWith("vn.gov.pressinfo.").endsWith(".v1");
            assertThat(Topics.ALL).contains(type.topic());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schema())) {
                assertThat(in).as("schema %s", type.schema()).isNotNull();
            }
        }
        assertThat(SAMPLES.keySet()).as("a sample payload for every event type").containsExactlyInAnyOrderElementsOf(Events.ALL);
        for (var sample : SAMPLES.entrySet()) {
            EventType<?> type = sample.getKey();
            assertThat(sample.getValue()).isInstanceOf(type.payloadType());
            Set<ValidationMessage> errors = schema(type).validate(EventJson.mapper().readTree(EventJson.write(sample.getValue())));
            assertThat(errors).as("%s against %s", type.type(), type.schema()).isEmpty();
            assertThat(EventJson.read(EventJson.write(sample.getValue()), type.payloadType())).isEqualTo(sample.getValue());
        }
    }

    @Test
    void theExamplesInEverySchemaSatisfyTheirSchema() throws Exception {
        for (EventType<?> type : Events.ALL) {
            var document = EventJson.mapper().readTree(getClass().getClassLoader().getResourceAsStream(type.schema()));
            assertThat(document.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(document.path("title").asText()).isEqualTo(type.type().substring(type.type().lastIndexOf('.', type.type().length() - 4) + 1));
            assertThat(document.path("examples")).as("examples of %s", type.schema()).isNotEmpty();
            for (var example : document.path("examples")) {
                assertThat(schema(type).validate(example)).as("example of %s", type.schema()).isEmpty();
                // The example is also something the payload record can carry.
                assertThat(EventJson.read(example.toString(), type.payloadType())).isNotNull();
            }
        }
    }

    @Test
    void reportingEventsAreKeyedByTheirAssignmentAndPressEventsByTheirCase() {
        for (EventType<?> type : Events.ALL) {
            EventPayload sample = SAMPLES.get(type);
            if (type.topic().equals(Topics.PRESS_EVENTS)) {
                assertThat(sample.aggregateId()).as(type.type()).isEqualTo("7e6d5c4b-3a29-4180-b7f6-e5d4c3b2a190");
            } else if (type.topic().equals(Topics.REPORTING_EVENTS) && type != Events.REPORT_REQUESTED) {
                assertThat(sample.aggregateId()).as(type.type()).isEqualTo("9c8b7a6f-5e4d-4c3b-9a2f-1e0d9c8b7a6f");
            }
        }
        assertThat(Events.byType("vn.gov.pressinfo.reporting.ReportOverdue.v1")).contains(Events.REPORT_OVERDUE);
        assertThat(Events.byType("vn.gov.pressinfo.reporting.Unknown.v1")).isEmpty();
    }

    @Test
    void aFalseInfoFlaggedVerdictCannotBeAccurate() throws Exception {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) EventJson.mapper().readTree(EventJson.write(SAMPLES.get(Events.FALSE_INFO_FLAGGED)));
        json.put("verdict", "ACCURATE");
        assertThat(schema(Events.FALSE_INFO_FLAGGED).validate(json)).isNotEmpty();
    }

    @Test
    void spokespersonEventsAreKeyedByTheAgencySoAnAgencysEventsStayOrdered() {
        for (EventType<?> type : Events.ALL) {
            if (type.topic().equals(Topics.REGISTRY_SPOKESPERSONS)) {
                assertThat(SAMPLES.get(type).aggregateId()).as(type.type()).isEqualTo(AGENCY.toString());
            }
        }
    }

    @Test
    void authorizationSchemaRequiresTheEndDateAndTheScope() throws Exception {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) EventJson.mapper().readTree(EventJson.write(SAMPLES.get(Events.AUTHORIZATION_GRANTED)));
        json.remove("validTo");
        json.remove("scope");
        assertThat(schema(Events.AUTHORIZATION_GRANTED).validate(json)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("validTo"))
                .anySatisfy(m -> assertThat(m).contains("scope"));
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
