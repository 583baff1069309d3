package vn.gov.pressinfo.notification.routing;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One routing rule (quy tắc gửi thông báo): events of {@link #eventType} go to recipients of {@link #recipientKind}, or,
 * with a condition, only those whose JSON data has {@link #whenValue} in the top-level field {@link #whenField}.
 */
@Entity
@Table(name = "routing_rule")
@IdClass(RoutingRule.Key.class)
public class RoutingRule {

    @Id
    @Column(name = "event_type")
    public String eventType;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public RecipientKind recipientKind;

    /** With {@link #whenValue}: the rule holds only when this top-level field of the event data has that value; null: always. */
    @Column(name = "when_field")
    public String whenField;

    @Column(name = "when_value")
    public String whenValue;

    /**
     * For an AGENCY rule: the top-level field of the event data that names the agency to reach (e.g. {@code toAgencyId}
     * of work moved by a reorganisation); null: {@code agencyIds} (a list) or {@code agencyId}.
     */
    @Column(name = "agency_field")
    public String agencyField;

    public RoutingRule() {
    }

    public RoutingRule(String eventType, RecipientKind recipientKind) {
        this.eventType = eventType;
        this.recipientKind = recipientKind;
    }

    public RoutingRule(String eventType, RecipientKind recipientKind, String whenField, String whenValue) {
        this(eventType, recipientKind);
        this.whenField = whenField;
        this.whenValue = whenValue;
    }

    /** Whether the rule holds for an event with this data (unconditional rules always do). */
    public static boolean holds(String whenField, String whenValue, com.fasterxml.jackson.databind.JsonNode data) {
        if (whenField == null) {
            return true;
        }
        com.fasterxml.jackson.databind.JsonNode value = data == null ? null : data.get(whenField);
        return value != null && value.isValueNode() && whenValue.equals(value.asText());
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public String eventType;
        public RecipientKind recipientKind;

        public Key() {
        }

        public Key(String eventType, RecipientKind recipientKind) {
            this.eventType = eventType;
            this.recipientKind = recipientKind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(eventType, k.eventType) && recipientKind == k.recipientKind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(eventType, recipientKind);
        }
    }
}
