package vn.gov.pressinfo.pressresponse.pressitem;

/** Who spotted the item: routine monitoring, a citizen, the national anti-fake-news centre, the department. */
public enum DetectionSource {
    MONITORING, CITIZEN, NATIONAL_CENTRE, DEPARTMENT
}
