package vn.gov.pressinfo.pressresponse.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.pressresponse.pressitem.Medium;

/**
 * A deadline rule (thời hạn xử lý) with its legal basis, in force from {@link #effectiveFrom} until a newer rule of
 * the same kind and medium takes over. Rules are data: a change in the law is a new row.
 */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public DeadlineKind kind;
    /** Only for CORRECTION rules. */
    @Enumerated(EnumType.STRING)
    public Medium medium;
    public int amount;
    @Enumerated(EnumType.STRING)
    public DeadlineUnit unit;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "legal_basis")
    public String legalBasis;
    /**
     * How a letter cites the rule's legal basis, in Vietnamese (e.g. "Luật Báo chí 2016, Điều 42"); the rebuttal letter quotes
     * the CORRECTION rule's citation. Null: the letter cites nothing for it.
     */
    public String citation;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
