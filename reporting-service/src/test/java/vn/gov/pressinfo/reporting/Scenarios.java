package vn.gov.pressinfo.reporting;

import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.marker;
import static vn.gov.pressinfo.reporting.Api.officerOf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Report requests with submissions, shared by the status, consolidation and document tests. */
public final class Scenarios {

    private Scenarios() {
    }

    public static Map<String, Object> report(int conferences, boolean trained, List<String> forms, String shortcoming) {
        return Map.of("indicators", Map.of("pressConferences", conferences, "citizenQuestionsOnTime", 90, "spokespersonTrained", trained,
                "formsUsed", forms), "narrative", Map.of("results", "Họp báo " + conferences + " lần.", "shortcomings", shortcoming,
                        "causes", conferences > 3 ? "Thiếu cán bộ chuyên trách." : "", "proposals", conferences > 3 ? "Đề nghị mở lớp tập huấn." : ""));
    }

    /**
     * An ad hoc request issued 01/10/2026, due 15/10/2026, to the children of {@code p} (three departments, two districts): the
     * first department and the first district submit on time, the second department late; the others do not.
     */
    public static String fiveAgencies(TestEvents.Province p, MutableClock clock) {
        String id = admin().body(Fixtures.adHoc("S/" + marker(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15), Map.of("parentId", p.root())))
                .post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        List<UUID> agencies = p.agencies();
        clock.set(LocalDate.of(2026, 10, 14), LocalTime.of(10, 0));
        submit(id, agencies.get(0), report(4, true, List.of("PRESS_CONFERENCE"), "Cập nhật chậm."));
        submit(id, agencies.get(3), report(2, false, List.of("PRESS_CONFERENCE", "PORTAL_OR_SOCIAL_PAGE"), ""));
        clock.set(LocalDate.of(2026, 10, 20), LocalTime.of(10, 0));
        submit(id, agencies.get(1), report(6, true, List.of(), "Thiếu cán bộ."));
        return id;
    }

    public static void submit(String request, UUID agency, Map<String, Object> body) {
        String id = admin().queryParam("requestId", request).queryParam("agencyId", agency).get("/api/v1/assignments").then()
                .extract().path("items[0].id");
        officerOf(agency).body(body).post("/api/v1/assignments/" + id + "/submit").then().statusCode(200);
    }
}
