package vn.gov.pressinfo.registry.compliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.registry.Labelled;

/** What an active agency lacks, as of a day, against the spokesperson rules of Decree 09/2017/NĐ-CP (DOMAIN.md §1). */
@Schema(name = "GapKind", description = """
        NO_CURRENT_SPOKESPERSON: no head or appointed spokesperson is in office on the day. \
        SPOKESPERSON_NOT_NOTIFIED: the current spokesperson has no recorded notice to the press management department. \
        AUTHORIZATION_EXPIRED: an authorization, not revoked, whose last day fell within the withinDays days before the day. \
        AUTHORIZATION_EXPIRING: an authorization still active whose last day falls within the withinDays days from the day, \
        the day included. \
        NO_REGULATION: no spokesperson regulation in effect on the day. \
        SPOKESPERSON_NEVER_TRAINED: the current spokesperson never attended a training, held on or before the day, as the \
        spokesperson of this agency under the same name.""")
public enum GapKind implements Labelled {
    NO_CURRENT_SPOKESPERSON("Chưa có người phát ngôn"),
    SPOKESPERSON_NOT_NOTIFIED("Chưa thông báo người phát ngôn cho cơ quan quản lý nhà nước về báo chí"),
    AUTHORIZATION_EXPIRED("Ủy quyền phát ngôn đã hết hạn"),
    AUTHORIZATION_EXPIRING("Ủy quyền phát ngôn sắp hết hạn"),
    NO_REGULATION("Chưa có quy chế phát ngôn"),
    SPOKESPERSON_NEVER_TRAINED("Người phát ngôn chưa được tập huấn, bồi dưỡng");

    private final String label;

    GapKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
