package vn.gov.pressinfo.pressresponse.pressitem;

/** How a case without correction is escalated (kiến nghị xử lý). */
public enum EscalationKind {
    DEPARTMENT_REQUEST, COMPLAINT_TO_GOVERNING_BODY, SANCTION_PROPOSAL, LAWSUIT
}
