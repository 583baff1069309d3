package vn.gov.pressinfo.pressresponse.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.pressresponse.presscase.Medium;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.persistence.CreationStamp;

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
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;

    /** A rule recorded by {@code actor} at {@code now}, from a checked request (its text cleaned here; a blank citation is none). */
    static DeadlineRule record(DeadlineRuleRequest request, String actor, Instant now) {
        DeadlineRule rule = new DeadlineRule();
        rule.id = UUID.randomUUID();
        rule.kind = request.kind();
        rule.medium = request.medium();
        rule.amount = request.amount();
        rule.unit = request.unit();
        rule.effectiveFrom = request.effectiveFrom();
        rule.legalBasis = TextSearch.clean(request.legalBasis());
        rule.citation = request.citation() == null || request.citation().isBlank() ? null : TextSearch.clean(request.citation());
        rule.stamp = CreationStamp.of(actor, now);
        return rule;
    }
}
