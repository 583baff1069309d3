package vn.gov.pressinfo.notification.routing;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One routing rule (quy tắc gửi thông báo): events of {@link #eventType} go to recipients of {@link #recipientKind}. */
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

    public RoutingRule() {
    }

    public RoutingRule(String eventType, RecipientKind recipientKind) {
        this.eventType = eventType;
        this.recipientKind = recipientKind;
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
