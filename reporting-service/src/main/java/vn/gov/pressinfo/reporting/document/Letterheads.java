package vn.gov.pressinfo.reporting.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.agencydirectory.AgencyDirectory;
import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyRoles;
import vn.gov.pressinfo.agencydirectory.RoleHolder;
import vn.gov.pressinfo.agencydirectory.SpokespersonDirectory;
import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Who issues the department's documents on a date, from data only: the agency holding PRESS_MANAGEMENT_DEPARTMENT that day
 * (registry's AgencyRoleChanged), under its parent, the province People's Committee, which also gives the place; the
 * signer is the holder's head as the spokesperson read model knows it (no name when it knows none).
 */
@ApplicationScoped
public class Letterheads {

    /** The position printed above the signer: the head of a provincial department. */
    public static final String POSITION = "Giám đốc";
    /** The ministry the department's press reports are also sent to. */
    public static final String MINISTRY = "Bộ Văn hóa, Thể thao và Du lịch (Cục Báo chí)";

    private final AgencyRoles roles;
    private final AgencyDirectory agencies;
    private final SpokespersonDirectory spokespersons;

    public Letterheads(AgencyRoles roles, AgencyDirectory agencies, SpokespersonDirectory spokespersons) {
        this.roles = roles;
        this.agencies = agencies;
        this.spokespersons = spokespersons;
    }

    /**
     * The issuer of a department document.
     *
     * @param date              the document's date
     * @param department        the role holder
     * @param provinceCommittee the holder's parent, e.g. "Ủy ban nhân dân tỉnh Kiên Giang"
     * @param issuer            governing and issuing body and place for the header
     * @param symbolSuffix      the holder's symbol part: its code, e.g. "SVHTTDL", or null when it has none
     * @param signature         position "GIÁM ĐỐC", the head's name or blank
     */
    public record Letterhead(LocalDate date, RoleHolder department, String provinceCommittee, AdministrativeDocument.Issuer issuer,
            String symbolSuffix, AdministrativeDocument.Signature signature) {

        /** A letterhead as it was snapshotted (e.g. with a published list): the department, its code, its committee, the signer. */
        public static Letterhead of(LocalDate date, UUID departmentId, String departmentName, String code, String provinceCommittee,
                String signer) {
            return new Letterhead(date, new RoleHolder(AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT, departmentId, code, departmentName, null,
                    null), provinceCommittee, AdministrativeDocument.Issuer.under(provinceCommittee, departmentName), code,
                    new AdministrativeDocument.Signature(null, POSITION, signer == null ? "" : signer));
        }

        /** The symbol of a document of {@code kind} ("BC", "DS"…): "BC-SVHTTDL", or just "BC" when the holder has no code. */
        public String symbol(String kind) {
            return symbolSuffix == null ? kind : kind + "-" + symbolSuffix;
        }

        /** "Nơi nhận" of a department report: the province committee and the ministry ("Lưu: VT" is added by the layout). */
        public List<String> reportRecipients() {
            return List.of(provinceCommittee, MINISTRY);
        }
    }

    /**
     * The letterhead on {@code date}.
     *
     * @throws ProblemException 409 when no agency held the role that day, or the holder's province committee is not known
     */
    public Letterhead on(LocalDate date) {
        RoleHolder holder = roles.pressManagementDepartmentOn(date).orElseThrow(() -> ProblemException.conflict(
                "No agency holds PRESS_MANAGEMENT_DEPARTMENT on " + date + " (registry has not published one): the document has no issuer."));
        AgencyReference parent = agencies.find(holder.agencyId()).map(a -> a.parentId).flatMap(agencies::find)
                .orElseThrow(() -> ProblemException.conflict("The province committee of " + holder.agencyName()
                        + " (its parent) is not known to this service: the document has no place and no addressee."));
        String signer = spokespersons.head(holder.agencyId(), date).map(p -> p.fullName).orElse("");
        String code = holder.agencyCode() == null || holder.agencyCode().isBlank() ? null : holder.agencyCode().strip();
        return new Letterhead(date, holder, parent.name, AdministrativeDocument.Issuer.under(parent.name, holder.agencyName()), code,
                new AdministrativeDocument.Signature(null, POSITION, signer));
    }

    /** The name of the department on {@code date} (e.g. the issuer of a request), if one held the role. */
    public Optional<String> departmentNameOn(LocalDate date) {
        return date == null ? Optional.empty() : roles.pressManagementDepartmentOn(date).map(RoleHolder::agencyName);
    }

}
