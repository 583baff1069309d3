package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.pressinfo.pressresponse.presscard.PressCardStatus;
import vn.gov.pressinfo.pressresponse.statement.InformationForm;
import vn.gov.pressinfo.web.ProblemException;

/**
 * A press inquiry (yêu cầu cung cấp thông tin của báo chí): a journalist's request for information to one agency,
 * followed from its receipt to an answer, a refusal on legal grounds, a transfer or a withdrawal. Its {@link #state}
 * changes only through {@link #moveTo}; its clock is kept by {@link InquiryClock}.
 */
@Entity
@Table(name = "press_inquiry")
public class PressInquiry {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_name")
    public String agencyName;
    /**
     * Returned to the press management department by a reorganisation that left the agency without a successor taking
     * its work: it waits until press-admin gives it to another agency (chờ Sở giao lại). The clock runs on.
     */
    @Column(name = "awaiting_reassignment")
    public boolean awaitingReassignment;
    @Column(name = "press_agency_id")
    public UUID pressAgencyId;
    @Column(name = "outlet_name")
    public String outletName;
    @Column(name = "journalist_name")
    public String journalistName;
    @Column(name = "press_card_number")
    public String pressCardNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "press_card_status")
    public PressCardStatus pressCardStatus;
    @Column(name = "introduction_letter")
    public String introductionLetter;
    @Enumerated(EnumType.STRING)
    public InquiryChannel channel;
    public String subject;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] questions;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Enumerated(EnumType.STRING)
    public InquiryState state;
    @Column(name = "assignee_email")
    public String assigneeEmail;
    @Column(name = "assignee_name")
    public String assigneeName;
    @Column(name = "clock_start")
    public LocalDate clockStart;
    @Column(name = "paused_since")
    public LocalDate pausedSince;
    @Column(name = "paused_working_days")
    public int pausedWorkingDays;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "very_overdue_date")
    public LocalDate veryOverdueDate;
    @Column(name = "deadline_basis")
    public String deadlineBasis;
    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;
    @Column(name = "very_overdue_notified_at")
    public Instant veryOverdueNotifiedAt;
    @Enumerated(EnumType.STRING)
    public InformationForm form;
    public String answer;
    @Column(name = "responded_by_name")
    public String respondedByName;
    @Column(name = "responded_by_email")
    public String respondedByEmail;
    @Column(name = "responded_at")
    public Instant respondedAt;
    @Column(name = "on_time")
    public Boolean onTime;
    @Column(name = "transferred_to_agency_id")
    public UUID transferredToAgencyId;
    @Column(name = "transferred_to_inquiry_id")
    public UUID transferredToInquiryId;
    @Column(name = "transferred_from_inquiry_id")
    public UUID transferredFromInquiryId;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
    /** lower(f_unaccent(subject, outlet, journalist)), maintained by PostgreSQL for accent-insensitive search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    /**
     * Moves the inquiry to {@code target} if the transition table allows it.
     *
     * @return the state it left
     * @throws ProblemException 409 naming the current state and the allowed ones
     */
    public InquiryState moveTo(InquiryState target) {
        requireAllowed(target);
        InquiryState from = state;
        state = target;
        return from;
    }

    /**
     * Checks, before the checks that only make sense for an allowed step, that the transition table allows {@code target}.
     *
     * @throws ProblemException 409 naming the current state and the allowed ones
     */
    public void requireAllowed(InquiryState target) {
        if (!state.allows(target)) {
            throw ProblemException.conflict("Inquiry " + id + " is " + state + " and cannot become " + target
                    + "; allowed next states: " + (state.next().isEmpty() ? "none (the inquiry is closed)" : state.next()) + ".");
        }
    }
}
