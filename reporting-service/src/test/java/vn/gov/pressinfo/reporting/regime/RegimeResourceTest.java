package vn.gov.pressinfo.reporting.regime;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;
import static vn.gov.pressinfo.reporting.Api.marker;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegimeResourceTest {

    static String createMonthly(String code) {
        return admin().body(Map.of("code", code, "name", "Báo cáo tháng thử nghiệm", "legalBasis", "Nghị định 09/2019/NĐ-CP Điều 12",
                "frequency", "MONTHLY", "deadlineKind", "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays", 3,
                "indicators", List.of(Map.of("key", "pressConferences", "label", "Số cuộc họp báo", "type", "INTEGER", "required", true),
                        Map.of("key", "falseInfoResponses", "label", "Số văn bản phản hồi", "type", "INTEGER", "required", false)),
                "recipients", List.of("Ủy ban nhân dân tỉnh")))
                .post("/api/v1/regimes").then().statusCode(201).body("cutoffStartDay", equalTo(15)).body("cutoffEndDay", equalTo(14))
                .extract().path("id");
    }

    @Test
    void theDefaultAnnualRegimeIsShippedWithTheIndicatorsOfRealReports() {
        String id = auditor().get("/api/v1/regimes").then().statusCode(200).body("code", hasItem("PRESS_WORK_ANNUAL"))
                .extract().path("find { it.code == 'PRESS_WORK_ANNUAL' }.id");
        // Version 2: migration V7 added the press-inquiry indicators to the shipped template, V12 the dated target types.
        auditor().get("/api/v1/regimes/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("frequency", equalTo("ANNUAL"))
                .body("indicators.key", hasItem("falseInfoResponses"))
                .body("indicators.key", hasItems("inquiriesAnswered", "inquiriesAnsweredOnTime", "inquiriesAnsweredLate", "inquiriesRefused"))
                .body("indicators.find { it.key == 'inquiriesAnsweredLate' }.label",
                        equalTo("Số yêu cầu cung cấp thông tin của báo chí đã trả lời quá hạn"))
                .body("indicators.find { it.key == 'inquiriesRefused' }.required", equalTo(false))
                .body("indicators.find { it.key == 'formsUsed' }.type", equalTo("MULTI_CHOICE"))
                .body("indicators.find { it.key == 'citizenQuestionsOnTime' }.type", equalTo("PERCENTAGE"));
        // 2025: cut-off 15/12/2024 – 14/12/2025 (a Sunday); three working days later is Wednesday 17/12/2025.
        auditor().get("/api/v1/regimes/" + id + "/periods/2025").then().statusCode(200)
                .body("period.start", equalTo("2024-12-15")).body("period.end", equalTo("2025-12-14")).body("dueDate", equalTo("2025-12-17"));
        auditor().get("/api/v1/regimes/" + id + "/periods/2025-Q1").then().statusCode(422).body("errors[0].field", equalTo("label"));
    }

    @Test
    void theAnnualRequestAsksDistrictsUntilJune2025AndCommunesFromJuly2025UnderLaw72() {
        String id = auditor().get("/api/v1/regimes").then().statusCode(200)
                .extract().path("find { it.code == 'PRESS_WORK_ANNUAL' }.id");
        String law = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15, hiệu lực 01/7/2025";
        auditor().get("/api/v1/regimes/" + id).then().statusCode(200)
                .body("targetTypesByDate.typeCode", contains("DEPARTMENT", "DISTRICT", "COMMUNE"))
                .body("targetTypesByDate.find { it.typeCode == 'DISTRICT' }.validTo", equalTo("2025-06-30"))
                .body("targetTypesByDate.find { it.typeCode == 'DISTRICT' }.legalSource", equalTo(law))
                .body("targetTypesByDate.find { it.typeCode == 'COMMUNE' }.validFrom", equalTo("2025-07-01"))
                .body("targetTypesByDate.find { it.typeCode == 'COMMUNE' }.validTo", nullValue())
                .body("targetTypesByDate.find { it.typeCode == 'COMMUNE' }.legalSource", equalTo(law))
                .body("targetTypesByDate.find { it.typeCode == 'DEPARTMENT' }.validFrom", nullValue())
                .body("schedule.targetTypes", contains("DEPARTMENT", "COMMUNE"));
        // The period's last cut-off day decides: 14/12/2024 (districts still existed), 14/12/2025 (communes).
        auditor().get("/api/v1/regimes/" + id + "/periods/2024").then().statusCode(200).body("targetTypes", contains("DEPARTMENT", "DISTRICT"));
        auditor().get("/api/v1/regimes/" + id + "/periods/2025").then().statusCode(200).body("targetTypes", contains("DEPARTMENT", "COMMUNE"));
        // A regime without dated target types asks its schedule's (none without a schedule).
        String monthly = createMonthly("T_" + marker().toUpperCase());
        auditor().get("/api/v1/regimes/" + monthly).then().body("targetTypesByDate", empty());
        auditor().get("/api/v1/regimes/" + monthly + "/periods/2025-07").then().statusCode(200).body("targetTypes", empty());
    }

    @Test
    void aMonthlyDeadlineSkipsTet() {
        String id = createMonthly("MONTHLY_" + marker().toUpperCase().replace('-', '_'));
        // February 2026: cut-off ends Saturday 14/02, Tết Bính Ngọ 16–20/02: 23, 24, 25/02.
        auditor().get("/api/v1/regimes/" + id + "/periods/2026-02").then().statusCode(200).body("dueDate", equalTo("2026-02-25"));
        // February 2025: cut-off ends Friday 14/02: 17, 18, 19/02.
        auditor().get("/api/v1/regimes/" + id + "/periods/2025-02").then().statusCode(200).body("dueDate", equalTo("2025-02-19"));
    }

    @Test
    void revisionsNeedIfMatchAndBadRegimesAreProblems() {
        String code = "R_" + marker().toUpperCase();
        String id = createMonthly(code);
        Map<String, Object> fixedDay = Map.of("code", code, "name", "Báo cáo tháng", "legalBasis", "Nghị định 09/2019/NĐ-CP",
                "frequency", "MONTHLY", "deadlineKind", "FIXED_DAY", "deadlineFixedDay", 20,
                "indicators", List.of(Map.of("key", "pressConferences", "label", "Số cuộc họp báo", "type", "INTEGER", "required", true)),
                "recipients", List.of());
        admin().body(fixedDay).put("/api/v1/regimes/" + id).then().statusCode(428);
        admin().header("If-Match", "\"0\"").body(fixedDay).put("/api/v1/regimes/" + id).then().statusCode(200).header("ETag", "\"1\"");
        // 20/01/2025 is a Monday (working day).
        auditor().get("/api/v1/regimes/" + id + "/periods/2025-01").then().statusCode(200).body("dueDate", equalTo("2025-01-20"));
        admin().header("If-Match", "\"0\"").body(fixedDay).put("/api/v1/regimes/" + id).then().statusCode(412);
        auditor().header("If-Match", "\"1\"").body(fixedDay).put("/api/v1/regimes/" + id).then().statusCode(403);

        admin().body(Map.of("code", code, "name", "x", "legalBasis", "y", "frequency", "MONTHLY", "deadlineKind", "FIXED_DAY",
                "indicators", List.of(Map.of("key", "a", "label", "A", "type", "INTEGER", "required", true)), "recipients", List.of()))
                .post("/api/v1/regimes").then().statusCode(422).body("errors[0].field", equalTo("deadlineFixedDay"));
        admin().body(Map.of("code", "DUP_" + marker().toUpperCase(), "name", "x", "legalBasis", "y", "frequency", "MONTHLY",
                "deadlineKind", "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays", 2,
                "indicators", List.of(Map.of("key", "a", "label", "A", "type", "INTEGER", "required", true),
                        Map.of("key", "a", "label", "B", "type", "BOOLEAN", "required", false)), "recipients", List.of()))
                .post("/api/v1/regimes").then().statusCode(422).body("errors[0].field", equalTo("indicators[1].key"));
        admin().body(Map.of("code", "bad code", "name", "x", "legalBasis", "y", "frequency", "WEEKLY"))
                .post("/api/v1/regimes").then().statusCode(400);
        admin().body(fixedDay).post("/api/v1/regimes").then().statusCode(409);
    }
}
