package vn.gov.pressinfo.pressresponse.agency;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import vn.gov.pressinfo.events.press.PressWorkMoved;
import vn.gov.pressinfo.events.registry.AgencyReorganized;

/**
 * Where one reorganisation sends the open work of one predecessor (chuyển công việc khi sắp xếp tổ chức lại): to the
 * successor that takes its work, or back to the press management department for reassignment. Each feature moves its
 * own items with it, records {@link #note()} in their history and publishes {@link #moved} once per item.
 *
 * @param event                the reorganisation
 * @param fromAgencyId         the predecessor
 * @param fromAgencyName       its name as the reorganisation names it (null: the item's own cached name is used)
 * @param toAgencyId           the successor, or the department; the predecessor itself when no department is known
 * @param toAgencyName         its name
 * @param returnedToDepartment no successor takes the work: the items await reassignment by the department
 * @param departmentKnown      false when the work returns to the department but registry has not published who held the
 *                             role on the effective date: the items stay where they are, flagged
 * @param actor                who the history names
 * @param at                   when (UTC)
 */
public record WorkMove(AgencyReorganized event, UUID fromAgencyId, String fromAgencyName, UUID toAgencyId, String toAgencyName,
        boolean returnedToDepartment, boolean departmentKnown, String actor, Instant at) {

    /** The actor recorded in histories. */
    public static final String ACTOR = "system:reorganisation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Whether the items change agency (false only when they return to a department nobody is known to hold). */
    public boolean changesAgency() {
        return !toAgencyId.equals(fromAgencyId);
    }

    /** The predecessor's name for an item that cached {@code cachedName}. */
    public String fromName(String cachedName) {
        return fromAgencyName != null ? fromAgencyName : cachedName;
    }

    /** The Vietnamese history note of an item that cached {@code cachedName} for the predecessor. */
    public String note(String cachedName) {
        String basis = " theo " + event.reference() + " (sắp xếp tổ chức lại, hiệu lực " + DAY.format(event.effectiveDate()) + ")";
        if (!returnedToDepartment) {
            return "Chuyển từ " + fromName(cachedName) + " sang " + toAgencyName + basis;
        }
        if (departmentKnown) {
            return "Chuyển từ " + fromName(cachedName) + " sang " + toAgencyName + basis + ": không có cơ quan kế thừa công việc, "
                    + "trả về cơ quan quản lý báo chí để giao lại (chờ Sở giao lại)";
        }
        return "Chờ Sở giao lại: " + fromName(cachedName) + " không có cơ quan kế thừa công việc" + basis
                + "; chưa có thông tin cơ quan quản lý báo chí ngày " + DAY.format(event.effectiveDate())
                + " nên vụ việc tạm giữ nguyên cơ quan";
    }

    /** PressWorkMoved for one item ({@code CASE}, {@code INQUIRY} or {@code INCIDENT}). */
    public PressWorkMoved moved(UUID itemId, String itemKind, String title, String cachedName) {
        return new PressWorkMoved(itemId, itemKind, title, fromAgencyId, fromName(cachedName), toAgencyId,
                changesAgency() ? toAgencyName : fromName(cachedName), returnedToDepartment, event.reorganisationId(),
                event.reference(), event.effectiveDate(), at);
    }
}
