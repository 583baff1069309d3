package vn.gov.pressinfo.pressresponse.rebuttal;

import java.time.Instant;
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

/**
 * The rebuttal letter (văn bản phản hồi, đề nghị cải chính) of a case: the agency's written answer to the press
 * agency with the correct information, approved by its spokesperson or head, sent with the press management
 * department in copy.
 */
@Entity
@Table(name = "rebuttal")
public class Rebuttal {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public RebuttalStatus status;
    public String content;
    @Column(name = "correct_information")
    public String correctInformation;
    @Column(name = "drafted_by")
    public String draftedBy;
    @Column(name = "drafted_at")
    public Instant draftedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "approval_note")
    public String approvalNote;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "document_number")
    public String documentNumber;
    /** The press agency addressed. */
    public String recipient;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "copy_to")
    public String[] copyTo;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "sent_by")
    public String sentBy;
    /** Sent by the response deadline. */
    @Column(name = "on_time")
    public Boolean onTime;
    @Version
    public long version;
}
