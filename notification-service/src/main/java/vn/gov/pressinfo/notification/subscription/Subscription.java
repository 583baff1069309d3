package vn.gov.pressinfo.notification.subscription;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A webhook subscription (đăng ký nhận sự kiện) of another government system: events of the chosen types
 * are POSTed to its URL, signed with its secret.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    public UUID id;
    public String url;
    /** Shared secret of the HMAC signature; never returned by the API. */
    public String secret;
    public String description;
    public boolean active;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_event_type", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "event_type")
    public Set<String> eventTypes = new HashSet<>();
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
