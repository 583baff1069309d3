package vn.gov.pressinfo.reporting.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.reporting.DepartmentRole;
import vn.gov.pressinfo.reporting.Fixtures;
import vn.gov.pressinfo.reporting.duenotice.DueNoticeJob;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * The figures of issue 4's quality bars, on the real PostgreSQL and Kafka of the tests: creating a request for 3,500
 * agencies, the overdue scan over 100,000 open assignments, status and consolidation of 3,500 assignments. Run by
 * {@code bench/reporting/run} (-Dpressinfo.bench=true); prints lines starting with {@code BENCH}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "pressinfo.bench", matches = "true")
class ReportingBenchmark {

    private static final int TARGETS = 3_500;
    private static final int OPEN = 100_000;

    @Inject
    DataSource dataSource;

    @Inject
    DueNoticeJob job;

    private static void print(String what, List<Double> millis) {
        Collections.sort(millis);
        System.out.printf("BENCH %-58s median %7.1f ms   min %7.1f ms   max %7.1f ms   (%d runs)%n", what, millis.get(millis.size() / 2),
                millis.get(0), millis.get(millis.size() - 1), millis.size());
    }

    private static double time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static <T> List<Double> repeat(int warmups, int runs, Supplier<T> action) {
        for (int i = 0; i < warmups; i++) {
            action.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(time(action::get));
        }
        return millis;
    }

    /** A parent and {@code n} ACTIVE children in the agency read model (as registry's snapshots would leave them). */
    private UUID province(int n) throws Exception {
        UUID root = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO agency_reference (id, version, code, name, type_code, parent_id, status, valid_from, changed_at) "
                        + "SELECT gen_random_uuid(), 0, 'B-' || i, CASE WHEN i % 10 = 0 THEN 'Sở thử nghiệm ' ELSE 'Ủy ban nhân dân xã thử nghiệm ' END || i, "
                        + "CASE WHEN i % 10 = 0 THEN 'DEPARTMENT' ELSE 'COMMUNE' END, ?, 'ACTIVE', DATE '2025-07-01', now() "
                        + "FROM generate_series(1, ?) AS i")) {
            ps.setObject(1, root);
            ps.setInt(2, n);
            ps.executeUpdate();
        }
        return root;
    }

    private String request(UUID root, String reference, LocalDate due) {
        return admin().body(Fixtures.adHoc(reference, due.minusDays(30), due, Map.of("parentId", root))).post("/api/v1/report-requests")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void figures() throws Exception {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        DepartmentRole.publish(); // the issuer of the consolidated report DOCX
        // Creating requests: 3,500 targets each, warm-up first (JIT), then measured.
        List<UUID> provinces = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            provinces.add(province(TARGETS));
        }
        request(provinces.get(0), "BENCH-WARMUP-1", today.plusDays(60));
        request(provinces.get(1), "BENCH-WARMUP-2", today.plusDays(60));
        List<Double> create = new ArrayList<>();
        String measured = null;
        for (int i = 2; i < 6; i++) {
            int n = i;
            String[] id = new String[1];
            create.add(time(() -> id[0] = request(provinces.get(n), "BENCH-" + n, today.plusDays(60))));
            measured = id[0];
        }
        print("create request, 3,500 targets (POST, one transaction)", create);

        // Status and consolidation of 3,500 assignments, half of them submitted (a third of those late).
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE assignment SET state = 'SUBMITTED', revision = 1, late = (random() < 0.33), submitted_at = now(), "
                    + "submitted_by = 'bench', submitted = '{\"indicators\": {\"pressConferences\": 3, \"citizenQuestionsOnTime\": 95.5, "
                    + "\"spokespersonTrained\": true, \"formsUsed\": [\"PRESS_CONFERENCE\", \"PRESS_BRIEFING\"], \"falseInfoResponses\": 1}, "
                    + "\"narrative\": {\"results\": \"Tổ chức 03 cuộc họp báo, đăng 120 tin bài.\", \"shortcomings\": \"Cập nhật thông tin còn chậm.\", "
                    + "\"causes\": \"Thiếu cán bộ chuyên trách.\", \"proposals\": \"Đề nghị tập huấn kỹ năng phát ngôn.\"}, \"attachments\": []}'::jsonb "
                    + "WHERE request_id = '" + measured + "' AND random() < 0.5");
        }
        String path = "/api/v1/report-requests/" + measured;
        print("status of 3,500 assignments (JSON)", repeat(3, 7, () -> auditor().get(path + "/status").then().statusCode(200)
                .extract().asByteArray()));
        print("status of 3,500 assignments (XLSX download)", repeat(2, 5, () -> auditor().queryParam("format", "xlsx").get(path + "/status")
                .then().statusCode(200).extract().asByteArray()));
        print("status of 3,500 assignments (CSV download)", repeat(2, 5, () -> auditor().queryParam("format", "csv").get(path + "/status")
                .then().statusCode(200).extract().asByteArray()));
        print("consolidation of 3,500 assignments (JSON)", repeat(3, 7, () -> auditor().get(path + "/consolidation").then().statusCode(200)
                .extract().asByteArray()));
        print("consolidation of 3,500 assignments (DOCX download)", repeat(2, 5, () -> auditor().queryParam("format", "docx")
                .get(path + "/consolidation").then().statusCode(200).extract().asByteArray()));

        // Overdue scan: 100,000 OPEN assignments past their deadline (inserted directly: their creation is not what is measured).
        job.scan();
        UUID request = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement r = c.prepareStatement(
                "INSERT INTO report_request (id, reference, issued_on, subject, due_date, indicators, assignment_count, created_at, created_by) "
                        + "VALUES (?, 'BENCH-OVERDUE', ?, 'Báo cáo đo hiệu năng', ?, '[]'::jsonb, ?, now(), 'bench')");
                PreparedStatement a = c.prepareStatement("INSERT INTO assignment (id, request_id, agency_id, agency_name, agency_type, state, "
                        + "due_date, updated_at) SELECT gen_random_uuid(), ?, gen_random_uuid(), 'Cơ quan thử nghiệm ' || i, 'COMMUNE', 'OPEN', ?, now() "
                        + "FROM generate_series(1, ?) AS i")) {
            r.setObject(1, request);
            r.setObject(2, today.minusDays(40));
            r.setObject(3, today.minusDays(1));
            r.setInt(4, OPEN);
            r.executeUpdate();
            a.setObject(1, request);
            a.setObject(2, today.minusDays(1));
            a.setInt(3, OPEN);
            a.executeUpdate();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE assignment");
            }
        }
        DueNoticeJob.Result[] result = new DueNoticeJob.Result[1];
        double scan = time(() -> result[0] = job.scan());
        assertThat(result[0].overdue()).isEqualTo(OPEN);
        print("overdue scan, 100,000 open assignments (mark + outbox)" + ("false".equals(System.getProperty("pressinfo.outbox.relay-enabled")) ? ", relay off" : ""), new ArrayList<>(List.of(scan)));
        double again = time(job::scan);
        print("overdue scan again (nothing left to publish)", new ArrayList<>(List.of(again)));
    }
}
