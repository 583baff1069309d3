package vn.gov.pressinfo.reporting.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;
import static vn.gov.pressinfo.reporting.Api.officerOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.reporting.Scenarios;
import vn.gov.pressinfo.reporting.document.Spreadsheet;
import vn.gov.pressinfo.reporting.MutableClock;
import vn.gov.pressinfo.reporting.TestEvents;

@QuarkusTest
class StatusAndConsolidationTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void statusIsGroupedDepartmentsFirstWithCountsAndDownloads() throws Exception {
        TestEvents.Province p = TestEvents.province(3, 2);
        String id = Scenarios.fiveAgencies(p, clock);
        String dept = "Sở Thử nghiệm ";
        auditor().get("/api/v1/report-requests/" + id + "/status").then().statusCode(200)
                .body("counts.total", equalTo(5)).body("counts.submitted", equalTo(3)).body("counts.notSubmitted", equalTo(2))
                .body("counts.late", equalTo(1)).body("counts.onTime", equalTo(2)).body("counts.overdue", equalTo(2))
                .body("groups.group", contains("DEPARTMENTS_AND_BOARDS", "DISTRICT_COMMITTEES"))
                .body("groups[0].agencies.agencyName", contains(dept + "1 " + p.marker(), dept + "2 " + p.marker(), dept + "3 " + p.marker()))
                .body("groups[0].counts.submitted", equalTo(2)).body("groups[0].agencies[1].late", equalTo(true))
                .body("groups[1].agencies", hasSize(2)).body("groups[1].counts.notSubmitted", equalTo(1));

        byte[] xlsx = auditor().queryParam("format", "xlsx").get("/api/v1/report-requests/" + id + "/status").then().statusCode(200)
                .contentType(Spreadsheet.XLSX).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Cơ quan");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(dept + "1 " + p.marker());
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("Muộn");
            assertThat(sheet.getRow(8).getCell(3).getStringCellValue()).isEqualTo("Chưa gửi");
        }
        byte[] csv = auditor().header("Accept", "text/csv").get("/api/v1/report-requests/" + id + "/status").then().statusCode(200)
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Cơ quan,Nhóm,Tình trạng");
        assertThat(text.lines()).hasSize(6);
        assertThat(text).contains("Ủy ban nhân dân huyện Thử nghiệm 2 " + p.marker() + ",UBND cấp huyện,Chưa gửi,Quá hạn,,Chưa gửi\r\n");

        auditor().queryParam("format", "pdf").get("/api/v1/report-requests/" + id + "/status").then().statusCode(400);
        officerOf(p.agencies().get(0)).get("/api/v1/report-requests/" + id + "/status").then().statusCode(403);
        auditor().get("/api/v1/report-requests/" + UUID.randomUUID() + "/status").then().statusCode(404);
    }

    @Test
    void consolidationTotalsIndicatorsListsLateAndMissingAgenciesAndDraftsTheReport() throws Exception {
        TestEvents.Province p = TestEvents.province(3, 2);
        String id = Scenarios.fiveAgencies(p, clock);
        auditor().get("/api/v1/report-requests/" + id + "/consolidation").then().statusCode(200)
                .body("counts.submitted", equalTo(3))
                .body("indicators.find { it.key == 'pressConferences' }.total", equalTo(12))
                .body("indicators.find { it.key == 'pressConferences' }.average", equalTo(4.0f))
                .body("indicators.find { it.key == 'citizenQuestionsOnTime' }.average", equalTo(90.0f))
                .body("indicators.find { it.key == 'spokespersonTrained' }.total", equalTo(2))
                .body("indicators.find { it.key == 'formsUsed' }.choices.PRESS_CONFERENCE", equalTo(2))
                .body("indicators.find { it.key == 'falseInfoResponses' }.reported", equalTo(0))
                .body("lateAgencies", contains("Sở Thử nghiệm 2 " + p.marker()))
                .body("missingAgencies", contains("Sở Thử nghiệm 3 " + p.marker(), "Ủy ban nhân dân huyện Thử nghiệm 2 " + p.marker()))
                .body("narrative.shortcomings.text", contains("Cập nhật chậm.", "Thiếu cán bộ."))
                .body("narrative.results", hasSize(3));

        officerOf(p.agencies().get(0)).get("/api/v1/report-requests/" + id + "/consolidation").then().statusCode(403);
    }
}
