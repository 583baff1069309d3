package vn.gov.pressinfo.pressresponse.presscase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.events.press.CaseClosed;
import vn.gov.pressinfo.events.press.CaseEscalated;
import vn.gov.pressinfo.events.press.CorrectionOverdue;
import vn.gov.pressinfo.events.press.CorrectionPublished;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.press.PressItemDetected;
import vn.gov.pressinfo.events.press.RebuttalSent;

/** Builds the payloads of press.events.v1 from a case. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public static PressItemDetected detected(PressCase c) {
        return new PressItemDetected(c.id, c.responsibleAgencyId, c.responsibleAgencyName, c.outletName, c.medium.name(), c.url,
                c.concernedAgencyId, c.outletId, c.title, c.topic.name(), c.sensitivity.name(), c.source.name(), c.publishedAt,
                c.verificationDueDate, c.detectedBy, c.detectedAt);
    }

    public static FalseInfoFlagged flagged(PressCase c) {
        return new FalseInfoFlagged(c.id, c.responsibleAgencyId, c.responsibleAgencyName, c.outletName, c.medium.name(), c.url,
                c.outletId, c.title, c.topic.name(), c.sensitivity.name(), c.verdict.name(), c.responseDueDate, c.verdictBy, c.verdictAt);
    }

    public static RebuttalSent rebuttalSent(PressCase c, UUID rebuttalId, String channel, List<String> recipients, String approvedBy,
            Instant sentAt, boolean onTime) {
        return new RebuttalSent(c.id, c.responsibleAgencyId, c.responsibleAgencyName, c.outletName, c.medium.name(), c.url, rebuttalId,
                c.verdict.name(), channel, recipients, approvedBy, sentAt, onTime, c.correctionDueAt);
    }

    public static CorrectionPublished correctionPublished(PressCase c, String correctionUrl, LocalDate publishedOn, boolean onTime,
            boolean compliant, Instant recordedAt) {
        return new CorrectionPublished(c.id, c.responsibleAgencyId, c.responsibleAgencyName, c.outletName, c.medium.name(), c.url,
                correctionUrl, publishedOn, onTime, compliant, recordedAt);
    }

    public static CorrectionOverdue overdue(PressCase c, Instant detectedAt) {
        return new CorrectionOverdue(c.id, c.responsibleAgencyId, c.responsibleAgencyName, c.outletName, c.medium.name(), c.url,
                c.correctionDueAt, detectedAt);
    }

    public static CaseEscalated escalated(PressCase c, String actor, Instant at) {
        return new CaseEscalated(c.id, c.responsibleAgencyId, c.responsibleAgencyName, c.outletName, c.medium.name(), c.url,
                c.escalation.name(), c.escalationNote, actor, at);
    }

    public static CaseClosed closed(PressCase c, String actor, Instant at) {
        return new CaseClosed(c.id, c.responsibleAgencyId, c.responsibleAgencyName, c.outletName, c.medium.name(), c.url,
                c.verdict == null ? null : c.verdict.name(), c.outcome.name(), actor, at);
    }
}
