package vn.gov.pressinfo.pressresponse.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.pressinfo.pressresponse.Fixtures.WAIT;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.appointSpokesperson;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.inquiry.Inquiries.PATH;
import static vn.gov.pressinfo.pressresponse.inquiry.Inquiries.SPOKESPERSON;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.press.PressInquiryOverdue;
import vn.gov.pressinfo.events.press.PressInquiryTransferred;
import vn.gov.pressinfo.pressresponse.MutableClock;

/**
 * The inquiry clock: working-day deadlines, the derived lateness, one notice per level, pauses and transfers. The weeks
 * used (March 2032) hold no public holiday, so working days are Monday to Friday.
 */
@QuarkusTest
class InquiryClockTest {

    @Inject
    MutableClock clock;

    @Inject
    InquiryDeadlineJob scan;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBackDatedInquiryRaisesEachLevelOnceAndIsListedAsLate() {
        String agencyId = agency("Sở Y tế " + marker());
        clock.set(LocalDate.of(2032, 3, 26), LocalTime.of(9, 0));
        // Received Monday 1 March 2032 (registered late): due Monday 8 March, very overdue after Monday 15 March.
        String id = Inquiries.register(agencyId, "2032-03-01T02:00:00Z");
        admin().get(PATH + id).then().statusCode(200).body("clock.dueDate", equalTo("2032-03-08"))
                .body("clock.veryOverdueDate", equalTo("2032-03-15")).body("clock.overdueLevel", equalTo("VERY_OVERDUE"));
        admin().queryParam("overdue", "VERY_OVERDUE").queryParam("agencyId", agencyId).get(PATH).then().body("items.id", hasItem(id));

        assertThat(scan.scan()).isGreaterThanOrEqualTo(1);
        scan.scan();
        var notices = Inquiries.events(id, "PressInquiryOverdue", 3, Duration.ofSeconds(4));
        assertThat(notices).extracting(r -> EventJson.read(r.value(), PressInquiryOverdue.class).level())
                .containsExactly("OVERDUE", "VERY_OVERDUE");
        admin().get(PATH + id + "/transitions").then().body("action", hasItem("VERY_OVERDUE"));
    }

    @Test
    void eachLevelIsNoticedOnTheDayAfterItsDeadline() {
        String agencyId = agency("Sở Tư pháp " + marker());
        clock.set(LocalDate.of(2032, 3, 1), LocalTime.of(9, 0));
        String id = Inquiries.register(agencyId, null);
        clock.set(LocalDate.of(2032, 3, 8), LocalTime.of(23, 0));
        scan.scan();
        admin().get(PATH + id).then().body("clock.overdueLevel", equalTo("NONE"));
        clock.set(LocalDate.of(2032, 3, 9), LocalTime.of(8, 0));
        scan.scan();
        scan.scan();
        admin().get(PATH + id).then().body("clock.overdueLevel", equalTo("OVERDUE"));
        clock.set(LocalDate.of(2032, 3, 16), LocalTime.of(8, 0));
        scan.scan();
        var notices = Inquiries.events(id, "PressInquiryOverdue", 3, Duration.ofSeconds(4));
        assertThat(notices).extracting(r -> EventJson.read(r.value(), PressInquiryOverdue.class).dueDate())
                .containsExactly(LocalDate.of(2032, 3, 8), LocalDate.of(2032, 3, 15));
    }

    @Test
    void aClarificationPausesTheClockByTheWorkingDaysItTook() {
        String agencyId = agency("Sở Công Thương " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        clock.set(LocalDate.of(2032, 3, 1), LocalTime.of(9, 0));
        String id = Inquiries.register(agencyId, null);
        admin().body(Inquiries.assignment()).post(PATH + id + "/assignment").then().statusCode(200);
        clock.set(LocalDate.of(2032, 3, 2), LocalTime.of(9, 0));
        admin().body(Map.of("question", "Đề nghị nêu rõ dự án.")).post(PATH + id + "/clarification-request").then().statusCode(200)
                .body("state", equalTo("CLARIFICATION_REQUESTED")).body("clock.pausedSince", equalTo("2032-03-02"));
        // Paused over the weekend until Monday 8 March: Wed, Thu, Fri and Mon do not count.
        clock.set(LocalDate.of(2032, 3, 8), LocalTime.of(10, 0));
        scan.scan();
        admin().body(Map.of("note", "Phóng viên đã bổ sung")).post(PATH + id + "/clarification").then().statusCode(200)
                .body("state", equalTo("ASSIGNED")).body("clock.pausedWorkingDays", equalTo(4))
                .body("clock.dueDate", equalTo("2032-03-12")).body("clock.overdueLevel", equalTo("NONE"));
        assertThat(Inquiries.events(id, "PressInquiryOverdue", 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aTransferStartsTheCompetentAgencysClockAnew() {
        String first = agency("Sở Y tế " + marker());
        String competent = agency("Sở Văn hóa, Thể thao và Du lịch " + marker());
        clock.set(LocalDate.of(2032, 3, 1), LocalTime.of(9, 0));
        String id = Inquiries.register(first, null);
        clock.set(LocalDate.of(2032, 3, 4), LocalTime.of(9, 0));
        admin().body(Map.of("toAgencyId", first, "reason", "Sai")).post(PATH + id + "/transfer").then().statusCode(422)
                .body("errors[0].field", equalTo("toAgencyId"));
        String next = admin().body(Map.of("toAgencyId", competent, "reason", "Thuộc thẩm quyền của Sở Văn hóa"))
                .post(PATH + id + "/transfer").then().log().ifValidationFails().statusCode(200)
                .body("state", equalTo("TRANSFERRED")).body("allowedNextStates", not(hasItem("ANSWERED")))
                .extract().path("transferredToInquiryId");
        admin().get(PATH + next).then().statusCode(200).body("agencyId", equalTo(competent)).body("state", equalTo("RECEIVED"))
                .body("transferredFromInquiryId", equalTo(id)).body("clock.startedOn", equalTo("2032-03-04"))
                .body("clock.dueDate", equalTo("2032-03-11"));
        var transferred = Inquiries.events(id, "PressInquiryTransferred", 1, WAIT);
        assertThat(transferred).hasSize(1);
        assertThat(EventJson.read(transferred.get(0).value(), PressInquiryTransferred.class).newInquiryId().toString()).isEqualTo(next);
        assertThat(Inquiries.events(next, "PressInquiryReceived", 1, WAIT)).hasSize(1);
    }
}
