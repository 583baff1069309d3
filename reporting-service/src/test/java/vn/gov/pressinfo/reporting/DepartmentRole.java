package vn.gov.pressinfo.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;

/**
 * The press management department as registry publishes it, once per test run: the province committee, Sở TTTT (code STTTT,
 * the role until 2025-02-28) and Sở VHTTDL (code SVHTTDL, from 2025-03-01, its head Nguyễn Văn An) under it, and the
 * AgencyRoleChanged with both terms; returns when the read models have them. Nothing before 2008-03-01 holds the role.
 */
public final class DepartmentRole {

    public static final UUID PROVINCE = UUID.fromString("0d3c7a5e-1000-4301-8c1e-000000000017");
    public static final String PROVINCE_NAME = "Ủy ban nhân dân tỉnh Kiên Giang";
    public static final UUID TTTT = UUID.fromString("0d3c7a5e-2008-4301-8c1e-000000000017");
    public static final String TTTT_NAME = "Sở Thông tin và Truyền thông";
    public static final UUID VHTTDL = UUID.fromString("0d3c7a5e-2025-4301-8c1e-000000000017");
    public static final String VHTTDL_NAME = "Sở Văn hóa, Thể thao và Du lịch";
    public static final String HEAD = "Nguyễn Văn An";
    private static boolean published;

    private DepartmentRole() {
    }

    public static synchronized void publish() {
        if (published) {
            return;
        }
        Instant now = Instant.now();
        TestEvents.send(Events.AGENCY_CHANGED, new AgencySnapshot(PROVINCE, 0, "KG", PROVINCE_NAME, "PROVINCE", null, "ACTIVE",
                LocalDate.of(2000, 1, 1), now));
        TestEvents.send(Events.AGENCY_CHANGED, new AgencySnapshot(TTTT, 0, "STTTT", TTTT_NAME, "DEPARTMENT", PROVINCE, "ACTIVE",
                LocalDate.of(2008, 3, 1), now));
        TestEvents.send(Events.AGENCY_CHANGED, new AgencySnapshot(VHTTDL, 0, "SVHTTDL", VHTTDL_NAME, "DEPARTMENT", PROVINCE, "ACTIVE",
                LocalDate.of(2008, 3, 1), now));
        UUID head = UUID.randomUUID();
        TestEvents.send(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(VHTTDL, VHTTDL_NAME, head, "HEAD", HEAD, "Giám đốc Sở",
                "nguyen.van.an@kiengiang.gov.vn", "0297 3862 000", LocalDate.of(2025, 3, 1), null, null, now));
        Instant changedAt = now.truncatedTo(ChronoUnit.MICROS);
        TestEvents.send(Events.AGENCY_ROLE_CHANGED, new AgencyRoleChanged(AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT,
                "Cơ quan quản lý nhà nước về báo chí của tỉnh", List.of(
                        new AgencyRoleChanged.Term(TTTT, "STTTT", TTTT_NAME, LocalDate.of(2008, 3, 1), LocalDate.of(2025, 3, 1), "12/QĐ-UBND"),
                        new AgencyRoleChanged.Term(VHTTDL, "SVHTTDL", VHTTDL_NAME, LocalDate.of(2025, 3, 1), null, "345/QĐ-UBND")),
                "press-admin-user", changedAt));
        TestEvents.awaitCount("SELECT count(*) FROM agency_reference WHERE id IN ('" + PROVINCE + "', '" + TTTT + "', '" + VHTTDL + "')", 3);
        TestEvents.awaitCount("SELECT count(*) FROM spokesperson_reference WHERE id = '" + head + "'", 1);
        TestEvents.awaitCount("SELECT count(*) FROM agency_role_reference WHERE role = 'PRESS_MANAGEMENT_DEPARTMENT' AND changed_at = '"
                + changedAt + "'", 2);
        published = true;
    }
}
