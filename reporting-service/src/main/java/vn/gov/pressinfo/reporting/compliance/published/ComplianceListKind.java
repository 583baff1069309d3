package vn.gov.pressinfo.reporting.compliance.published;

import vn.gov.pressinfo.reporting.document.Labelled;

/** The two lists the department publishes from the compliance scores of a period. */
public enum ComplianceListKind implements Labelled {
    /** Đề nghị khen thưởng. */
    COMMENDATION("Danh sách cơ quan, đơn vị đề nghị khen thưởng"),
    /** Công bố danh sách cơ quan, đơn vị chưa thực hiện tốt. */
    NOT_PERFORMING_WELL("Danh sách cơ quan, đơn vị chưa thực hiện tốt");

    private final String label;

    ComplianceListKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
