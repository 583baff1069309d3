package vn.gov.pressinfo.pressresponse.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.pressresponse.presscase.Medium;
import vn.gov.pressinfo.web.BusinessTime;

@QuarkusTest
class DeadlinesTest {

    @Inject
    WorkingCalendar calendar;

    @Inject
    Deadlines deadlines;

    @Test
    void workingDaysSkipWeekendsAndTet2026() {
        // The days off as reporting-service publishes them (this service's tests run without it).
        Fixtures.calendar2026();
        // Friday 13 Feb 2026 + 1 working day: Tết runs 14-22 Feb → Monday 23 Feb.
        assertThat(QuarkusTransaction.requiringNew().call(() -> calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)))
                .isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(QuarkusTransaction.requiringNew().call(() -> calendar.addWorkingDays(LocalDate.of(2026, 2, 10), 5)))
                .isEqualTo(LocalDate.of(2026, 2, 24));
        // Around 30/4 and 1/5 2026 (Thursday, Friday): Wednesday 29 April + 1 → Monday 4 May.
        assertThat(QuarkusTransaction.requiringNew().call(() -> calendar.addWorkingDays(LocalDate.of(2026, 4, 29), 1)))
                .isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(QuarkusTransaction.requiringNew().call(() -> calendar.isWorkingDay(LocalDate.of(2026, 2, 18)))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> calendar.isWorkingDay(LocalDate.of(2026, 2, 23)))).isTrue();
    }

    @Test
    void correctionDeadlinesDependOnTheMediumAndTheRuleInForce() {
        Instant sent = LocalDateTime.of(2026, 5, 4, 10, 0).atZone(BusinessTime.ZONE).toInstant();
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadlines.dueAt(DeadlineKind.CORRECTION, Medium.ONLINE, sent)))
                .isEqualTo(sent.plusSeconds(24 * 3600));
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadlines.dueAt(DeadlineKind.CORRECTION, Medium.TELEVISION, sent)))
                .isEqualTo(sent.plusSeconds(2 * 24 * 3600));
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadlines.rule(DeadlineKind.CORRECTION, Medium.PRINT,
                LocalDate.of(2026, 7, 1)).legalBasis)).contains("2025");
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadlines.rule(DeadlineKind.CORRECTION, Medium.PRINT,
                LocalDate.of(2026, 6, 30)).legalBasis)).contains("2016");

        // A new rule for magazines from 2030 changes deadlines from that day only. (Before 1 July 2026: the authorization
        // matrix records the documented example, a magazine rule from that day, in the same database.)
        admin().body(Map.of("kind", "CORRECTION", "medium", "MAGAZINE", "amount", 7, "unit", "CALENDAR_DAYS",
                "effectiveFrom", "2030-01-01", "legalBasis", "Quy định mới về tạp chí", "citation", "Luật Báo chí 2025, Điều 99"))
                .post("/api/v1/deadline-rules").then().statusCode(201).body("amount", equalTo(7))
                .body("citation", equalTo("Luật Báo chí 2025, Điều 99"));
        Instant before = LocalDateTime.of(2026, 6, 29, 10, 0).atZone(BusinessTime.ZONE).toInstant();
        Instant after = LocalDateTime.of(2030, 1, 2, 10, 0).atZone(BusinessTime.ZONE).toInstant();
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadlines.dueAt(DeadlineKind.CORRECTION, Medium.MAGAZINE, before)))
                .isEqualTo(before.plusSeconds(30L * 24 * 3600));
        assertThat(QuarkusTransaction.requiringNew().call(() -> deadlines.dueAt(DeadlineKind.CORRECTION, Medium.MAGAZINE, after)))
                .isEqualTo(after.plusSeconds(7L * 24 * 3600));
        admin().body(Map.of("kind", "CORRECTION", "medium", "MAGAZINE", "amount", 5, "unit", "CALENDAR_DAYS",
                "effectiveFrom", "2030-01-01", "legalBasis", "Trùng ngày")).post("/api/v1/deadline-rules").then().statusCode(409);
        admin().body(Map.of("kind", "CORRECTION", "amount", 5, "unit", "HOURS", "effectiveFrom", "2030-01-01", "legalBasis", "x"))
                .post("/api/v1/deadline-rules").then().statusCode(422).body("errors[0].field", equalTo("medium"));
        admin().body(Map.of("kind", "VERIFICATION", "amount", 0, "unit", "WORKING_DAYS", "effectiveFrom", "2030-01-01", "legalBasis", "x"))
                .post("/api/v1/deadline-rules").then().statusCode(400);
        as("agency-officer").body(Map.of("kind", "VERIFICATION", "amount", 3, "unit", "WORKING_DAYS", "effectiveFrom", "2030-01-01",
                "legalBasis", "x")).post("/api/v1/deadline-rules").then().statusCode(403);
        as("auditor").get("/api/v1/deadline-rules").then().statusCode(200).body("legalBasis", hasItem(
                "Luật Báo chí 2025 (Press Law 2025), in force from 2026-07-01"))
                // V10: the Vietnamese citations letters print, dated like the rules; magazines follow the 2025 law too.
                .body("findAll { it.kind == 'CORRECTION' && it.medium == 'PRINT' && it.effectiveFrom == '2017-01-01' }.citation",
                        hasItem("Luật Báo chí 2016, Điều 42"))
                .body("findAll { it.kind == 'CORRECTION' && it.medium == 'MAGAZINE' && it.effectiveFrom == '2026-07-01' }.citation",
                        hasItem("Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về cải chính, xin lỗi trên báo chí"));
    }
}
