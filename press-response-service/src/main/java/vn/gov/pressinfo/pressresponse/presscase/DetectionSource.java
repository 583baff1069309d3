package vn.gov.pressinfo.pressresponse.presscase;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** Who spotted the item: routine monitoring, a citizen, the national anti-fake-news centre, the department. */
public enum DetectionSource implements Labelled {
    MONITORING("Theo dõi thường xuyên"),
    CITIZEN("Người dân phản ánh"),
    NATIONAL_CENTRE("Trung tâm Xử lý tin giả Việt Nam"),
    DEPARTMENT("Cơ quan quản lý nhà nước về báo chí");

    private final String label;

    DetectionSource(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
