package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.gov.pressinfo.events.press.PressInquiryAnswered;
import vn.gov.pressinfo.events.press.PressInquiryOverdue;
import vn.gov.pressinfo.events.press.PressInquiryReceived;
import vn.gov.pressinfo.events.press.PressInquiryRefused;
import vn.gov.pressinfo.events.press.PressInquiryTransferred;
import vn.gov.pressinfo.pressresponse.presscard.PressCardStatus;

/** Builds the press inquiry payloads of press.events.v1. */
final class InquiryEvents {

    private InquiryEvents() {
    }

    static PressInquiryReceived received(PressInquiry q) {
        return new PressInquiryReceived(q.id, q.agencyId, q.agencyName, q.outletName, q.journalistName, q.subject, q.pressAgencyId,
                q.pressCardNumber, q.pressCardStatus.name(), flagged(q), q.channel.name(), q.questions.length, q.receivedAt, q.dueDate,
                q.veryOverdueDate, q.transferredFromInquiryId, q.registeredBy, q.registeredAt);
    }

    static PressInquiryAnswered answered(PressInquiry q, int refusedQuestions, String recordedBy) {
        return new PressInquiryAnswered(q.id, q.agencyId, q.agencyName, q.outletName, q.journalistName, q.subject, q.state.name(),
                q.form.name(), q.respondedByName, q.respondedAt, q.receivedAt, q.dueDate, q.onTime, refusedQuestions, recordedBy);
    }

    static PressInquiryRefused refused(PressInquiry q, List<String> grounds, List<String> groundLabels, String reason, String recordedBy) {
        return new PressInquiryRefused(q.id, q.agencyId, q.agencyName, q.outletName, q.journalistName, q.subject, grounds, groundLabels,
                reason,
                q.respondedByName, q.respondedAt, q.dueDate, q.onTime, recordedBy);
    }

    static PressInquiryTransferred transferred(PressInquiry from, PressInquiry to, String reason, String actor, Instant at) {
        return new PressInquiryTransferred(from.id, from.agencyId, from.agencyName, from.outletName, from.journalistName, from.subject,
                to.agencyId, to.agencyName, to.id, reason, actor, at);
    }

    static PressInquiryOverdue overdue(PressInquiry q, OverdueLevel level, LocalDate missed, Instant detectedAt) {
        return new PressInquiryOverdue(q.id, q.agencyId, q.agencyName, q.outletName, q.journalistName, q.subject, level.name(),
                q.receivedAt, missed, detectedAt);
    }

    /** The credential needs a second look: neither card nor letter, or a card that does not check out. */
    static boolean flagged(PressInquiry q) {
        return flagged(q.pressCardStatus, q.pressCardNumber, q.introductionLetter);
    }

    static boolean flagged(PressCardStatus status, String pressCardNumber, String introductionLetter) {
        return status.flagged() || (pressCardNumber == null && introductionLetter == null);
    }
}
