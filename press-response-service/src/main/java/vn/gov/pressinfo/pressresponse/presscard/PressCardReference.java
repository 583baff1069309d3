package vn.gov.pressinfo.pressresponse.presscard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A press card (thẻ nhà báo) as registry last described it (PressCardChanged): this service's read model,
 * written only by {@link PressCardDirectory#apply}.
 */
@Entity
@Table(name = "press_card_reference")
public class PressCardReference {

    /** Upper case, as registry stores it. */
    @Id
    public String number;
    @Column(name = "holder_name")
    public String holderName;
    @Column(name = "press_agency_id")
    public UUID pressAgencyId;
    @Column(name = "press_agency_name")
    public String pressAgencyName;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    /** ACTIVE, SUSPENDED or REVOKED, as registry sends it. */
    public String status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
}
