import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scale data for bench/suite: loads report requests with their assignments into reporting-service's database and
 * press cases into press-response-service's, straight by SQL (set-based {@code INSERT ... SELECT ... FROM
 * generate_series}), respecting the tables' constraints as the Flyway migrations define them. Needs the local stack
 * running (its migrations applied and the demo agencies replicated) and the PostgreSQL JDBC driver on the class path:
 *
 * <pre>
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar bench/ScaleData.java \
 *        jdbc:postgresql://127.0.0.1:15432/ postgres postgres ASSIGNMENTS CASES [REQUESTS]
 * </pre>
 *
 * ASSIGNMENTS are spread as REQUESTS (default 286) requests of ASSIGNMENTS/REQUESTS agencies each; the first agencies
 * of every request are the demo's real agencies (codes KG-xx, known to the services' agency read model), the others
 * synthetic. The rows are made so that no background job acts on them (deadline notices already marked sent), then
 * VACUUM ANALYZE runs, as a long-lived database would have its statistics. Prints KEY=VALUE lines for the caller:
 * BIG_REQUEST (a past-due request), AGENCY (a real agency with an assignment in every request and many cases),
 * REQUEST_ASSIGNMENTS, and the load times. Run it once per fresh database: it does not delete what it loaded before.
 */
public class ScaleData {

    /** A submitted report as ReportContent serialises it: the shape the service reads back. */
    private static final String CONTENT = """
            {"indicators": {"documentsProvided": 5, "pressConferences": 4, "pressReleases": 12, "interviews": 6,
              "portalNewsItems": 513, "portalDocuments": 1600, "citizenQuestionsOnTime": 100, "falseInfoResponses": 2,
              "spokespersonTrained": true, "formsUsed": ["PRESS_CONFERENCE", "PORTAL_OR_SOCIAL_PAGE"]},
             "narrative": {"results": "Cung cấp 05 văn bản theo yêu cầu, đăng 513 tin bài.", "shortcomings": "Cập nhật thông tin còn chậm.",
              "causes": "Thiếu cán bộ chuyên trách.", "proposals": "Đề nghị mở lớp tập huấn kỹ năng phát ngôn."},
             "attachments": [{"fileName": "bao-cao.pdf", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              "signer": "Nguyễn Văn A, Giám đốc", "signedOn": "2025-12-16", "sizeBytes": 184320}]}""";

    private static final String[] AGENCY_NAMES = {"Sở Tài nguyên và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Y tế",
            "Sở Giao thông vận tải", "Ủy ban nhân dân huyện Kiên Lương", "Ủy ban nhân dân xã Bình An", "Sở Nông nghiệp và Phát triển nông thôn",
            "Ban Quản lý khu kinh tế", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân phường Vĩnh Thanh Vân"};
    private static final String[] AGENCY_TYPES = {"DEPARTMENT", "DEPARTMENT", "DEPARTMENT", "DEPARTMENT", "DISTRICT", "COMMUNE",
            "DEPARTMENT", "OTHER", "DEPARTMENT", "COMMUNE"};
    private static final String[] TITLES = {"Phát hiện ổ dịch lạ tại Rạch Giá", "Tin đồn thất thiệt về giá xăng dầu tăng mạnh",
            "Mạo danh cơ quan thuế gọi điện lừa đảo người dân", "Thông tin sai về việc thu hồi đất dự án ven biển",
            "Bão số 5 gây thiệt hại nặng tại Phú Quốc", "Tài khoản giả mạo Ủy ban nhân dân tỉnh trên mạng xã hội",
            "Học sinh bị ngộ độc thực phẩm tại trường tiểu học", "Chính sách mới về bảo hiểm y tế hộ gia đình",
            "Cảnh báo sạt lở bờ sông Cái Lớn", "Đường dây đánh bạc qua mạng bị triệt phá"};
    private static final String[] OUTLETS = {"Báo Điện tử Tin Nhanh", "Trang tin Miền Tây 24h", "Báo Kiên Giang", "Tạp chí Đời sống",
            "Fanpage Rạch Giá Online", "Đài Phát thanh và Truyền hình Kiên Giang", "Báo Pháp luật Thành phố", "Kênh YouTube Tin Nóng"};

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java -cp <postgresql.jar> bench/ScaleData.java JDBC_BASE USER PASSWORD ASSIGNMENTS CASES [REQUESTS]");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String user = args[1];
        String password = args[2];
        int assignments = Integer.parseInt(args[3]);
        int cases = Integer.parseInt(args[4]);
        int requests = args.length > 5 ? Integer.parseInt(args[5]) : 286;
        int perRequest = Math.max(1, assignments / requests);

        try (Connection c = DriverManager.getConnection(base + "reporting", user, password)) {
            loadReporting(c, requests, perRequest);
        }
        try (Connection c = DriverManager.getConnection(base + "press_response", user, password)) {
            loadPress(c, cases);
        }
    }

    // ---------------------------------------------------------------- reporting-service

    private static void loadReporting(Connection c, int requests, int perRequest) throws SQLException {
        long t0 = System.nanoTime();
        List<String[]> real = realAgencies(c, "code ~ '^KG-[0-9]+$'");
        if (real.isEmpty()) {
            throw new IllegalStateException("reporting-service knows no demo agency (KG-xx): load the demo data first");
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit = off");
            // Agencies 0..perRequest-1: the real ones first, then synthetic ones named like real agencies.
            s.execute("CREATE TEMP TABLE bench_agency (k int PRIMARY KEY, id uuid NOT NULL, name text NOT NULL, type text NOT NULL)");
            s.execute("INSERT INTO bench_agency SELECT k, md5('pressinfo-bench-agency-' || k)::uuid, "
                    + "(" + sqlArray(AGENCY_NAMES) + ")[1 + k % " + AGENCY_NAMES.length + "] || ' (thử tải ' || k || ')', "
                    + "(" + sqlArray(AGENCY_TYPES) + ")[1 + k % " + AGENCY_TYPES.length + "] "
                    + "FROM generate_series(0, " + (perRequest - 1) + ") k");
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE bench_agency b SET id = r.id, name = r.name, type = r.type "
                + "FROM unnest(?::uuid[], ?::text[], ?::text[]) WITH ORDINALITY AS r(id, name, type, n) WHERE b.k = r.n - 1")) {
            p.setArray(1, c.createArrayOf("uuid", real.stream().map(a -> a[0]).toArray()));
            p.setArray(2, c.createArrayOf("text", real.stream().map(a -> a[1]).toArray()));
            p.setArray(3, c.createArrayOf("text", real.stream().map(a -> a[2]).toArray()));
            p.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            // One request a week back from today, due three weeks after issue: the newest few are not due yet.
            s.execute("CREATE TEMP TABLE bench_request AS SELECT r, md5('pressinfo-bench-request-' || r)::uuid AS id, "
                    + "(current_date - (" + (requests - 1) + " - r) * 7) AS issued_on, "
                    + "(current_date - (" + (requests - 1) + " - r) * 7 + 21) AS due_date FROM generate_series(0, " + (requests - 1) + ") r");
            s.executeUpdate("INSERT INTO report_request (id, reference, issued_on, subject, regime_id, regime_code, period_label, period_start, "
                    + "period_end, due_date, indicators, assignment_count, created_at, created_by) "
                    + "SELECT b.id, (2000 + b.r) || '/STTTT-TTBCXB', b.issued_on, "
                    + "'Báo cáo thử tải số ' || b.r || ' về công tác phát ngôn và cung cấp thông tin cho báo chí', NULL, NULL, NULL, NULL, NULL, "
                    + "b.due_date, g.indicators, " + perRequest + ", b.issued_on::timestamptz + interval '8 hours', 'bench' "
                    + "FROM bench_request b CROSS JOIN (SELECT indicators FROM reporting_regime WHERE code = 'PRESS_WORK_ANNUAL') g");
        }
        // Assignments in chunks of requests (one commit each) so that progress shows and no single statement runs for minutes.
        String insert = """
                INSERT INTO assignment (id, request_id, agency_id, agency_name, agency_type, state, due_date, late, revision, draft, submitted,
                                        submitted_at, submitted_by, due_soon_noticed_at, overdue_noticed_at, version, updated_at)
                SELECT gen_random_uuid(), r.id, a.id, a.name, a.type, x.state, r.due_date,
                       x.state <> 'OPEN' AND x.h % 7 = 0,
                       CASE x.state WHEN 'OPEN' THEN 0 WHEN 'RESUBMITTED' THEN 2 ELSE 1 END,
                       CASE WHEN x.state <> 'OPEN' OR x.h % 3 = 0 THEN ?::jsonb END,
                       CASE WHEN x.state <> 'OPEN' THEN ?::jsonb END,
                       CASE WHEN x.state <> 'OPEN' THEN r.due_date::timestamptz - (x.h % 240) * interval '1 hour' END,
                       CASE WHEN x.state <> 'OPEN' THEN 'officer-' || a.k || '@bench.example.vn' END,
                       r.due_date::timestamptz, r.due_date::timestamptz, x.h % 4, r.issued_on::timestamptz + interval '8 hours'
                FROM bench_request r CROSS JOIN bench_agency a
                CROSS JOIN LATERAL (SELECT h, CASE
                        WHEN r.due_date >= current_date THEN CASE WHEN h % 100 < 70 THEN 'OPEN' WHEN h % 100 < 95 THEN 'SUBMITTED' ELSE 'RETURNED' END
                        ELSE CASE WHEN h % 100 < 10 THEN 'OPEN' WHEN h % 100 < 25 THEN 'SUBMITTED' WHEN h % 100 < 30 THEN 'RETURNED'
                                  WHEN h % 100 < 35 THEN 'RESUBMITTED' ELSE 'ACCEPTED' END END AS state
                      FROM (SELECT ((a.k * 37 + r.r * 101) * 2654435761::bigint % 4294967296) AS h) hh) x
                WHERE r.r BETWEEN ? AND ?""";
        // Every assignment's history: its creation, and the step to its present state when it moved on.
        String history = """
                INSERT INTO assignment_transition (assignment_id, from_state, to_state, actor, at, note)
                SELECT a.id, NULL, 'OPEN', 'bench', a.updated_at, 'Tạo khi ban hành yêu cầu' FROM assignment a
                JOIN bench_request r ON r.id = a.request_id WHERE r.r BETWEEN ? AND ?
                UNION ALL
                SELECT a.id, 'OPEN', a.state, coalesce(a.submitted_by, 'bench'), coalesce(a.submitted_at, a.updated_at), NULL FROM assignment a
                JOIN bench_request r ON r.id = a.request_id WHERE r.r BETWEEN ? AND ? AND a.state <> 'OPEN'""";
        c.setAutoCommit(false);
        int chunk = Math.max(1, 100_000 / perRequest);
        long rows = 0;
        try (PreparedStatement ins = c.prepareStatement(insert); PreparedStatement hist = c.prepareStatement(history)) {
            for (int from = 0; from < requests; from += chunk) {
                int to = Math.min(requests - 1, from + chunk - 1);
                ins.setString(1, CONTENT);
                ins.setString(2, CONTENT);
                ins.setInt(3, from);
                ins.setInt(4, to);
                rows += ins.executeUpdate();
                hist.setInt(1, from);
                hist.setInt(2, to);
                hist.setInt(3, from);
                hist.setInt(4, to);
                hist.executeUpdate();
                c.commit();
                System.err.printf(Locale.ROOT, "  reporting: %,d assignments (%.0f s)%n", rows, secs(t0));
            }
        }
        c.setAutoCommit(true);
        long tVacuum = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) report_request");
            s.execute("VACUUM (ANALYZE) assignment");
            s.execute("VACUUM (ANALYZE) assignment_transition");
        }
        String big;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM bench_request WHERE due_date < current_date ORDER BY r DESC LIMIT 1")) {
            r.next();
            big = r.getString(1);
        }
        long total = count(c, "SELECT count(*) FROM assignment");
        System.out.println("BIG_REQUEST=" + big);
        System.out.println("AGENCY=" + real.get(0)[0]);
        System.out.println("REQUEST_ASSIGNMENTS=" + perRequest);
        System.out.println("ASSIGNMENTS_LOADED=" + rows);
        System.out.println("ASSIGNMENTS_TOTAL=" + total);
        System.out.println("TRANSITIONS_TOTAL=" + count(c, "SELECT count(*) FROM assignment_transition"));
        System.out.printf(Locale.ROOT, "REPORTING_LOAD_S=%.1f%n", (tVacuum - t0) / 1e9);
        System.out.printf(Locale.ROOT, "REPORTING_VACUUM_S=%.1f%n", secs(tVacuum));
    }

    // ---------------------------------------------------------------- press-response-service

    private static void loadPress(Connection c, int cases) throws SQLException {
        long t0 = System.nanoTime();
        List<String[]> real = realAgencies(c, "code ~ '^KG(-[0-9]+)?$'");
        if (real.isEmpty()) {
            throw new IllegalStateException("press-response-service knows no demo agency (KG-xx): load the demo data first");
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit = off");
            s.execute("CREATE TEMP TABLE bench_pagency (n int PRIMARY KEY, id uuid NOT NULL, name text NOT NULL)");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_pagency SELECT n - 1, id, name "
                + "FROM unnest(?::uuid[], ?::text[]) WITH ORDINALITY AS r(id, name, n)")) {
            p.setArray(1, c.createArrayOf("uuid", real.stream().map(a -> a[0]).toArray()));
            p.setArray(2, c.createArrayOf("text", real.stream().map(a -> a[1]).toArray()));
            p.executeUpdate();
        }
        int agencies = real.size();
        // A case's state, topic, medium... from a hash of its number; detection times spread over six years. States that
        // come after the verdict carry one, those after the rebuttal get a rebuttal row, CORRECTED a correction row, and
        // every deadline the overdue job looks at is marked as already notified.
        String cases0 = """
                CREATE TEMP TABLE bench_case AS
                SELECT i, gen_random_uuid() AS id, h, a.id AS agency_id, a.name AS agency_name,
                       now() - ((h % (6 * 365 * 24 * 60)) * interval '1 minute') AS detected_at,
                       CASE WHEN h % 100 < 8 THEN 'DETECTED' WHEN h % 100 < 16 THEN 'ASSIGNED' WHEN h % 100 < 24 THEN 'VERIFYING'
                            WHEN h % 100 < 27 THEN 'REMEDYING' WHEN h % 100 < 32 THEN 'REMEDIED' WHEN h % 100 < 36 THEN 'FLAGGED'
                            WHEN h % 100 < 39 THEN 'RESPONSE_DRAFTED' WHEN h % 100 < 41 THEN 'RESPONSE_APPROVED'
                            WHEN h % 100 < 45 THEN 'AWAITING_CORRECTION' WHEN h % 100 < 55 THEN 'CORRECTED'
                            WHEN h % 100 < 57 THEN 'NOT_CORRECTED' WHEN h % 100 < 59 THEN 'ESCALATED' ELSE 'CLOSED' END AS state
                FROM (SELECT i, (i * 2654435761::bigint % 4294967296)::bigint AS h FROM generate_series(0, ? - 1) i) g
                JOIN bench_pagency a ON a.n = (g.h / 7) % ?""";
        try (PreparedStatement p = c.prepareStatement(cases0)) {
            p.setInt(1, cases);
            p.setInt(2, agencies);
            p.executeUpdate();
        }
        String insert = """
                INSERT INTO press_case (id, outlet_name, outlet_id, medium, url, normalized_url, title, published_at, excerpt,
                        concerned_agency_id, responsible_agency_id, responsible_agency_name, topic, sensitivity, source, state,
                        verification_due_date, verdict, verdict_reasoning, evidence_links, verdict_at, verdict_by, remedy_due_date,
                        remedy_report, response_due_date, correction_due_at, overdue_notified_at, escalation, escalation_note, outcome,
                        closed_at, detected_at, detected_by, updated_at, updated_by, version)
                SELECT b.id, (%s)[1 + (b.h / 11) %% %d], NULL,
                       (ARRAY['ONLINE','ONLINE','ONLINE','SOCIAL','SOCIAL','PRINT','RADIO','TELEVISION','MAGAZINE'])[1 + (b.h / 13) %% 9],
                       'https://bench' || (b.i %% 50) || '.example.vn/tin/' || b.i || '.html',
                       'https://bench' || (b.i %% 50) || '.example.vn/tin/' || b.i || '.html',
                       (%s)[1 + (b.h / 17) %% %d] || ' (' || b.i || ')', b.detected_at - interval '3 hours',
                       'Đoạn trích thử tải số ' || b.i || ': bài viết đưa thông tin chưa được kiểm chứng.',
                       b.agency_id, b.agency_id, b.agency_name,
                       (ARRAY['POLICY_LAW','ECONOMY_FINANCE','HEALTH','DISASTER_EPIDEMIC','SECURITY_ORDER','FAKE_ACCOUNT','PHISHING','OTHER'])[1 + (b.h / 19) %% 8],
                       (ARRAY['NORMAL','NORMAL','NORMAL','SENSITIVE','HOT'])[1 + (b.h / 23) %% 5],
                       (ARRAY['MONITORING','MONITORING','CITIZEN','NATIONAL_CENTRE','DEPARTMENT'])[1 + (b.h / 29) %% 5],
                       b.state, (b.detected_at + interval '7 days')::date,
                       v.verdict, CASE WHEN v.verdict IS NOT NULL THEN 'Kết quả xác minh của cơ quan chức năng.' END,
                       CASE WHEN v.verdict IS NOT NULL THEN ARRAY['https://kiengiang.gov.vn/xac-minh/' || b.i] END,
                       CASE WHEN v.verdict IS NOT NULL THEN b.detected_at + interval '4 days' END,
                       CASE WHEN v.verdict IS NOT NULL THEN 'bench-monitor' END,
                       CASE WHEN b.state IN ('REMEDYING','REMEDIED') THEN (b.detected_at + interval '30 days')::date END,
                       CASE WHEN b.state = 'REMEDIED' THEN 'Đã khắc phục, báo cáo kết quả.' END,
                       CASE WHEN v.verdict = 'FALSE' THEN (b.detected_at + interval '11 days')::date END,
                       CASE WHEN b.state IN ('AWAITING_CORRECTION','CORRECTED','NOT_CORRECTED','ESCALATED') OR (b.state = 'CLOSED' AND v.verdict = 'FALSE')
                            THEN b.detected_at + interval '9 days' END,
                       CASE WHEN b.state IN ('AWAITING_CORRECTION','NOT_CORRECTED','ESCALATED') THEN b.detected_at + interval '9 days' END,
                       CASE WHEN b.state = 'ESCALATED' THEN 'DEPARTMENT_REQUEST' END,
                       CASE WHEN b.state = 'ESCALATED' THEN 'Đề nghị Sở xử lý theo thẩm quyền.' END,
                       CASE WHEN b.state = 'CLOSED' THEN (ARRAY['NO_ACTION_NEEDED','CORRECTED','REMEDIED','WITHDRAWN'])[1 + (b.h / 31) %% 4] END,
                       CASE WHEN b.state = 'CLOSED' THEN b.detected_at + interval '20 days' END,
                       b.detected_at, 'bench-monitor', b.detected_at, 'bench-monitor', (b.h %% 5)
                FROM bench_case b CROSS JOIN LATERAL (SELECT CASE
                        WHEN b.state IN ('REMEDYING','REMEDIED') THEN (ARRAY['INACCURATE','MISLEADING'])[1 + b.h %% 2]
                        WHEN b.state IN ('FLAGGED','RESPONSE_DRAFTED','RESPONSE_APPROVED','AWAITING_CORRECTION','CORRECTED','NOT_CORRECTED','ESCALATED') THEN 'FALSE'
                        WHEN b.state = 'CLOSED' THEN (ARRAY['ACCURATE','ACCURATE','FALSE','MISLEADING'])[1 + (b.h / 37) %% 4]
                        END AS verdict) v""".formatted(sqlArray(OUTLETS), OUTLETS.length, sqlArray(TITLES), TITLES.length);
        long rows;
        try (Statement s = c.createStatement()) {
            rows = s.executeUpdate(insert);
            System.err.printf(Locale.ROOT, "  press-response: %,d cases (%.0f s)%n", rows, secs(t0));
            s.executeUpdate("""
                    INSERT INTO case_transition (case_id, action, from_state, to_state, actor, at, note)
                    SELECT id, 'REGISTERED', NULL, 'DETECTED', 'bench-monitor', detected_at, 'Source: MONITORING' FROM bench_case
                    UNION ALL
                    SELECT id, 'BENCH', 'DETECTED', state, 'bench-monitor', detected_at + interval '5 days', NULL FROM bench_case WHERE state <> 'DETECTED'""");
            s.executeUpdate("""
                    INSERT INTO rebuttal (id, case_id, status, content, correct_information, drafted_by, drafted_at, approved_by, approved_at,
                            approval_note, channel, document_number, recipient, copy_to, sent_at, sent_by, on_time, version)
                    SELECT gen_random_uuid(), c.id, s.status,
                           'Đề nghị cơ quan báo chí cải chính thông tin sai sự thật trong bài viết.',
                           'Thông tin chính xác do cơ quan có thẩm quyền cung cấp.', 'officer@bench.example.vn', c.detected_at + interval '6 days',
                           CASE WHEN s.status <> 'DRAFT' THEN 'spokesperson@bench.example.vn' END,
                           CASE WHEN s.status <> 'DRAFT' THEN c.detected_at + interval '7 days' END,
                           CASE WHEN s.status <> 'DRAFT' THEN 'Đồng ý gửi' END,
                           CASE WHEN s.status = 'SENT' THEN 'EMAIL' END,
                           CASE WHEN s.status = 'SENT' THEN (b.h % 9000 + 100) || '/BENCH' END,
                           CASE WHEN s.status = 'SENT' THEN 'toasoan@bench.example.vn' END, NULL,
                           CASE WHEN s.status = 'SENT' THEN c.detected_at + interval '8 days' END,
                           CASE WHEN s.status = 'SENT' THEN 'officer@bench.example.vn' END,
                           CASE WHEN s.status = 'SENT' THEN b.h % 10 <> 0 END, 0
                    FROM press_case c JOIN bench_case b ON b.id = c.id
                    CROSS JOIN LATERAL (SELECT CASE WHEN c.state = 'RESPONSE_DRAFTED' THEN 'DRAFT' WHEN c.state = 'RESPONSE_APPROVED' THEN 'APPROVED'
                                                    ELSE 'SENT' END AS status) s
                    WHERE c.state IN ('RESPONSE_DRAFTED','RESPONSE_APPROVED','AWAITING_CORRECTION','CORRECTED','NOT_CORRECTED','ESCALATED')
                       OR (c.state = 'CLOSED' AND c.verdict = 'FALSE')""");
            s.executeUpdate("""
                    INSERT INTO correction (id, case_id, url, published_on, names_corrected_work, same_position_and_typeface,
                            kept_online_seven_days, original_removed, compliant, on_time, note, recorded_by, recorded_at)
                    SELECT gen_random_uuid(), c.id, c.url || '?cai-chinh', (c.detected_at + interval '9 days')::date, true, true, NULL, NULL,
                           true, b.h % 8 <> 0, NULL, 'bench-monitor', c.detected_at + interval '10 days'
                    FROM press_case c JOIN bench_case b ON b.id = c.id WHERE c.state = 'CORRECTED'""");
        }
        long tVacuum = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (String table : List.of("press_case", "case_transition", "rebuttal", "correction")) {
                s.execute("VACUUM (ANALYZE) " + table);
            }
        }
        // The agency with the most cases: the agency officer's list below.
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT responsible_agency_id FROM press_case GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")) {
            r.next();
            System.out.println("PRESS_AGENCY=" + r.getString(1));
        }
        System.out.println("CASES_LOADED=" + rows);
        System.out.println("CASES_TOTAL=" + count(c, "SELECT count(*) FROM press_case"));
        System.out.printf(Locale.ROOT, "PRESS_LOAD_S=%.1f%n", (tVacuum - t0) / 1e9);
        System.out.printf(Locale.ROOT, "PRESS_VACUUM_S=%.1f%n", secs(tVacuum));
    }

    // ---------------------------------------------------------------- helpers

    /** id, name, type of the agencies in the service's agency read model matching {@code where}, by code. */
    private static List<String[]> realAgencies(Connection c, String where) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, name, type_code FROM agency_reference WHERE " + where + " ORDER BY code")) {
            while (r.next()) {
                out.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
            }
        }
        return out;
    }

    private static String sqlArray(String[] values) {
        StringBuilder b = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append('\'').append(values[i].replace("'", "''")).append('\'');
        }
        return b.append("]::text[]").toString();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
