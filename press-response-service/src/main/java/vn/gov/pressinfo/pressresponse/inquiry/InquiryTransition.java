package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded step of a press inquiry: the action, the states before and after, who, when and why. */
@Entity
@Table(name = "press_inquiry_transition")
public class InquiryTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "inquiry_id")
    public UUID inquiryId;
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public InquiryState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public InquiryState toState;
    public String actor;
    public Instant at;
    public String note;
}
