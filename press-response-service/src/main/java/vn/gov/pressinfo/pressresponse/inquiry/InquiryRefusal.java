package vn.gov.pressinfo.pressresponse.inquiry;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A refusal to provide information (từ chối cung cấp thông tin): of the whole inquiry ({@link #questionNo} null) or of
 * one question of a partial answer, citing at least one legal ground in force that day, with the reason.
 */
@Entity
@Table(name = "press_inquiry_refusal")
public class InquiryRefusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "inquiry_id")
    public UUID inquiryId;
    /** 1-based number of the refused question; null when the whole inquiry is refused. */
    @Column(name = "question_no")
    public Integer questionNo;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] grounds;
    public String reason;
}
