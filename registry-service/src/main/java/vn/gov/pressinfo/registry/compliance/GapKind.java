package vn.gov.pressinfo.registry.compliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
public enum GapKind {
    NO_CURRENT_SPOKESPERSON,
    SPOKESPERSON_NOT_NOTIFIED,
    AUTHORIZATION_EXPIRED,
    AUTHORIZATION_EXPIRING,
    NO_REGULATION,
    SPOKESPERSON_NEVER_TRAINED
}
