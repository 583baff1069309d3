package vn.gov.pressinfo.pressresponse.inquiry;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.pressinfo.pressresponse.presscard.PressCardStatus;
import vn.gov.pressinfo.pressresponse.statement.InformationForm;
import vn.gov.pressinfo.web.list.Rows;

/**
 * Maps rows of the inquiry list to {@link PressInquiryResponse}s. The refusals come in the same row, as JSON, with the
 * label of each cited ground as it read on the day of the response (Asia/Ho_Chi_Minh), as {@link RefusalGrounds#labels}
 * gives it to a single inquiry: no query per inquiry.
 */
@ApplicationScoped
public class PressInquiryRows {

    /** The columns {@link #map(Rows, LocalDate)} reads, from table {@code press_inquiry q}. */
    static final String COLUMNS = "q.id, q.agency_id, q.agency_name, q.awaiting_reassignment, q.press_agency_id, q.outlet_name, "
            + "q.journalist_name, q.press_card_number, q.press_card_status, q.introduction_letter, q.channel, q.subject, q.questions, "
            + "q.received_at, q.state, q.assignee_email, q.assignee_name, q.clock_start, q.due_date, q.very_overdue_date, q.paused_since, "
            + "q.paused_working_days, q.deadline_basis, q.form, q.answer, q.responded_by_name, q.responded_by_email, q.responded_at, "
            + "q.on_time, q.transferred_to_inquiry_id, q.transferred_to_agency_id, q.transferred_from_inquiry_id, q.closed_at, "
            + "q.registered_at, q.registered_by, q.updated_at, q.updated_by, q.version, "
            + "CASE WHEN q.responded_at IS NOT NULL THEN (SELECT json_agg(json_build_object('question', r.question_no, 'reason', r.reason, "
            + "'grounds', (SELECT json_agg(json_build_object('code', g.code, 'label', (SELECT rg.label FROM refusal_ground rg "
            + "WHERE rg.code = g.code AND rg.effective_from <= d.day AND (rg.effective_to IS NULL OR rg.effective_to >= d.day) "
            + "ORDER BY rg.effective_from LIMIT 1)) ORDER BY g.n) FROM unnest(r.grounds) WITH ORDINALITY AS g(code, n))) ORDER BY r.id) "
            + "FROM press_inquiry_refusal r, (SELECT (q.responded_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day) d "
            + "WHERE r.inquiry_id = q.id) END AS refusals";

    private final ObjectMapper json;

    public PressInquiryRows(ObjectMapper json) {
        this.json = json;
    }

    /** The inquiry of the current row as clients see it on {@code today}. */
    PressInquiryResponse map(Rows r, LocalDate today) throws SQLException {
        InquiryState state = r.enumOf(InquiryState.class, "state");
        LocalDate dueDate = r.date("due_date");
        LocalDate veryOverdueDate = r.date("very_overdue_date");
        PressCardStatus cardStatus = r.enumOf(PressCardStatus.class, "press_card_status");
        String cardNumber = r.string("press_card_number");
        String letter = r.string("introduction_letter");
        Instant respondedAt = r.instant("responded_at");
        PressInquiryResponse.Response response = respondedAt == null ? null : new PressInquiryResponse.Response(
                r.enumOf(InformationForm.class, "form"), r.string("answer"), r.string("responded_by_name"), r.string("responded_by_email"),
                respondedAt, r.boolOrNull("on_time"), refusals(r.string("refusals")));
        return new PressInquiryResponse(r.uuid("id"), r.uuid("agency_id"), r.string("agency_name"), r.bool("awaiting_reassignment"),
                r.uuid("press_agency_id"), r.string("outlet_name"), r.string("journalist_name"),
                new PressInquiryResponse.Credential(cardNumber, cardStatus, letter, InquiryEvents.flagged(cardStatus, cardNumber, letter)),
                r.enumOf(InquiryChannel.class, "channel"), r.string("subject"), r.strings("questions"), r.instant("received_at"), state,
                state.next(), r.string("assignee_email"), r.string("assignee_name"),
                new PressInquiryResponse.Clock(r.date("clock_start"), dueDate, veryOverdueDate, r.date("paused_since"),
                        r.int4("paused_working_days"), InquiryClock.level(state, dueDate, veryOverdueDate, today), r.string("deadline_basis")),
                response, r.uuid("transferred_to_inquiry_id"), r.uuid("transferred_to_agency_id"), r.uuid("transferred_from_inquiry_id"),
                r.instant("closed_at"), r.instant("registered_at"), r.string("registered_by"), r.instant("updated_at"), r.string("updated_by"),
                r.int8("version"));
    }

    private List<PressInquiryResponse.Refusal> refusals(String text) throws SQLException {
        if (text == null) {
            return List.of();
        }
        try {
            List<PressInquiryResponse.Refusal> refusals = new ArrayList<>();
            for (JsonNode refusal : json.readTree(text)) {
                List<PressInquiryResponse.Ground> grounds = new ArrayList<>();
                for (JsonNode ground : refusal.path("grounds")) {
                    grounds.add(new PressInquiryResponse.Ground(ground.get("code").asText(), textOrNull(ground.get("label"))));
                }
                JsonNode question = refusal.get("question");
                refusals.add(new PressInquiryResponse.Refusal(question == null || question.isNull() ? null : question.asInt(),
                        List.copyOf(grounds), textOrNull(refusal.get("reason"))));
            }
            return List.copyOf(refusals);
        } catch (JsonProcessingException e) {
            throw new SQLException("the refusals of an inquiry did not read as JSON", e);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
