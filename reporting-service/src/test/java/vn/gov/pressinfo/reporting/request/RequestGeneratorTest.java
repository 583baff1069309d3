package vn.gov.pressinfo.reporting.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;
import static vn.gov.pressinfo.reporting.Api.marker;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.reporting.MutableClock;
import vn.gov.pressinfo.reporting.TestEvents;

@QuarkusTest
class RequestGeneratorTest {

    @Inject
    RequestGenerator generator;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aScheduledRegimeIssuesEachPeriodOnceFromItsLeadDayAndCatchesUpWhileTheDeadlineHasNotPassed() throws Exception {
        String type = "SCHED_" + marker().toUpperCase();
        UUID root = TestEvents.agency("Tỉnh thử nghiệm " + type, "PROVINCE", null);
        for (int i = 1; i <= 3; i++) {
            TestEvents.agency("Sở thử nghiệm " + i + " " + type, type, root);
        }
        TestEvents.awaitCount("SELECT count(*) FROM agency_reference WHERE type_code = '" + type + "'", 3);
        String code = "M_" + marker().toUpperCase();
        admin().body(monthly(code, Map.of("targetTypes", List.of(type), "leadDays", 3))).post("/api/v1/regimes").then().statusCode(201)
                .body("schedule.targetTypes[0]", equalTo(type)).body("schedule.leadDays", equalTo(3));

        // March 2027's cut-off ends on Sunday 14 March: nothing before the 11th, the request from the 11th on.
        clock.set(LocalDate.of(2027, 3, 10), LocalTime.of(8, 0));
        assertThat(issuedFor(code, generator.generate())).isEmpty();
        clock.set(LocalDate.of(2027, 3, 11), LocalTime.of(8, 0));
        List<ReportRequest> march = issuedFor(code, generator.generate());
        assertThat(march).extracting(r -> r.periodLabel).containsExactly("2027-03");
        auditor().get("/api/v1/report-requests/" + march.get(0).id).then().statusCode(200)
                .body("reference", equalTo(code + "/2027-03")).body("issuedOn", equalTo("2027-03-11"))
                .body("periodStart", equalTo("2027-02-15")).body("periodEnd", equalTo("2027-03-14"))
                .body("dueDate", equalTo("2027-03-16")).body("assignmentCount", equalTo(3));
        assertThat(issuedFor(code, generator.generate())).isEmpty();

        // Two replicas at once on April's lead day: one request.
        clock.set(LocalDate.of(2027, 4, 12), LocalTime.of(8, 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<List<ReportRequest>> run = () -> issuedFor(code, generator.generate());
            List<Future<List<ReportRequest>>> runs = pool.invokeAll(List.of(run, run), 60, TimeUnit.SECONDS);
            List<ReportRequest> april = new ArrayList<>();
            for (Future<List<ReportRequest>> f : runs) {
                april.addAll(f.get());
            }
            assertThat(april).extracting(r -> r.periodLabel).containsExactly("2027-04");
        } finally {
            pool.shutdownNow();
        }

        // The service was down from May's lead day to the end of its cut-off: caught up while the deadline (18 May) holds.
        clock.set(LocalDate.of(2027, 5, 17), LocalTime.of(8, 0));
        assertThat(issuedFor(code, generator.generate())).extracting(r -> r.periodLabel).containsExactly("2027-05");
        // June's request is not due before 11 June, and nothing is issued for a period whose deadline has passed.
        clock.set(LocalDate.of(2027, 7, 20), LocalTime.of(8, 0));
        assertThat(issuedFor(code, generator.generate())).isEmpty();

        auditor().queryParam("regimeCode", code).get("/api/v1/report-requests").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void scheduledRequestsAskTheAgencyTypesInForceOnThePeriodsLastCutOffDay() {
        String suffix = marker().toUpperCase();
        String department = "DEPT_" + suffix;
        String district = "DIST_" + suffix;
        String commune = "COMM_" + suffix;
        UUID root = TestEvents.agency("Tỉnh thử nghiệm " + suffix, "PROVINCE", null);
        UUID dept = TestEvents.agency("Sở thử nghiệm " + suffix, department, root);
        UUID dist = TestEvents.agency("Huyện thử nghiệm " + suffix, district, root);
        UUID comm = TestEvents.agency("Xã thử nghiệm " + suffix, commune, root);
        TestEvents.awaitCount("SELECT count(*) FROM agency_reference WHERE parent_id = '" + root + "'", 3);
        String code = "D_" + suffix;
        String regime = admin().body(monthly(code, Map.of("targetTypes", List.of(department), "leadDays", 3))).post("/api/v1/regimes").then()
                .statusCode(201).extract().path("id");
        // Dated target types are reference data seeded by migrations (read-only in the API): the same rules as the annual regime's.
        TestEvents.execute("INSERT INTO regime_target_type (regime_id, type_code, valid_from, valid_to, legal_source) VALUES "
                + "('" + regime + "', '" + department + "', NULL, NULL, 'Nghị định 09/2019/NĐ-CP'), "
                + "('" + regime + "', '" + district + "', NULL, '2025-06-30', 'Luật 72/2025/QH15'), "
                + "('" + regime + "', '" + commune + "', '2025-07-01', NULL, 'Luật 72/2025/QH15')");

        // June 2025: cut-off 15/05 – 14/06/2025, the district level still existed.
        clock.set(LocalDate.of(2025, 6, 11), LocalTime.of(8, 0));
        List<ReportRequest> june = issuedFor(code, generator.generate());
        assertThat(june).extracting(r -> r.periodLabel).containsExactly("2025-06");
        auditor().queryParam("requestId", june.get(0).id).get("/api/v1/assignments").then().statusCode(200).body("total", equalTo(2))
                .body("items.agencyId", containsInAnyOrder(dept.toString(), dist.toString()));
        // July 2025: cut-off 15/06 – 14/07/2025 ends after 1 July: communes, no more districts.
        clock.set(LocalDate.of(2025, 7, 11), LocalTime.of(8, 0));
        List<ReportRequest> july = issuedFor(code, generator.generate());
        assertThat(july).extracting(r -> r.periodLabel).containsExactly("2025-07");
        auditor().queryParam("requestId", july.get(0).id).get("/api/v1/assignments").then().statusCode(200).body("total", equalTo(2))
                .body("items.agencyId", containsInAnyOrder(dept.toString(), comm.toString()));
        auditor().get("/api/v1/regimes/" + regime + "/periods/2025-07").then().body("targetTypes", contains(department, commune));
    }

    @Test
    void anAdHocRegimeCannotHaveASchedule() {
        Map<String, Object> body = new java.util.HashMap<>(monthly("A_" + marker().toUpperCase(), Map.of("targetTypes", List.of("DEPARTMENT"))));
        body.put("frequency", "AD_HOC");
        admin().body(body).post("/api/v1/regimes").then().statusCode(422).body("errors[0].field", equalTo("schedule"));
        Map<String, Object> empty = new java.util.HashMap<>(monthly("E_" + marker().toUpperCase(), Map.of("targetTypes", List.of())));
        admin().body(empty).post("/api/v1/regimes").then().statusCode(400).body("errors[0].field", equalTo("schedule.targetTypes"));
    }

    private static List<ReportRequest> issuedFor(String code, List<ReportRequest> issued) {
        return issued.stream().filter(r -> code.equals(r.regimeCode)).toList();
    }

    private static Map<String, Object> monthly(String code, Map<String, Object> schedule) {
        return Map.of("code", code, "name", "Báo cáo tháng về công tác phát ngôn", "legalBasis", "Nghị định 09/2019/NĐ-CP Điều 12",
                "frequency", "MONTHLY", "deadlineKind", "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays", 2,
                "indicators", List.of(Map.of("key", "pressConferences", "label", "Số cuộc họp báo", "type", "INTEGER", "required", true)),
                "recipients", List.of("Ủy ban nhân dân tỉnh"), "schedule", schedule);
    }
}
