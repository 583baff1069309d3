package vn.gov.pressinfo.notification.department;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.web.persistence.CreationStamp;

/**
 * An officer of the press management department (cán bộ phòng quản lý báo chí) who receives department notices by email
 * while their agency holds the department role. {@link #agencyId} is null only for officers recorded before recipients
 * belonged to an agency: they receive while no recipient is recorded for the holder.
 */
@Entity
@Table(name = "department_recipient")
public class DepartmentRecipient {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    public String email;
    @Column(name = "full_name")
    public String fullName;
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;
}
